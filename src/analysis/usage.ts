/**
 * The streaming analysis: every record is matched to the rules it used as it goes past, and only
 * what is counted is kept (per rule, per interface, per remote address for scans), never the
 * records themselves. The state merges, so worker threads each collect and the results add up.
 */
import type { Config } from '../config.js';
import type { ReaderSink } from '../sources/file.js';
import { FlowAction, FlowDirection, LogStatus, NOT_JUDGED, type FlowRecord } from '../sources/record.js';
import { InputCounter } from '../sources/stats.js';
import {
  ownsAddress,
  peerHas4,
  peerHas6,
  type CompiledInterface,
  type CompiledInventory,
  type CompiledRule,
} from './compile.js';
import { classifyStart, LIKELY_RESPONSE, STARTS_LOW } from './initiator.js';
import { ReversePairing, type HeldRecord } from './pairing.js';
import { addToRegisters, newRegisters } from './sketch.js';
import { containsIpv4, containsIpv6, parseCidr, parseIpv6, type Cidr } from './net.js';
import { ScanTable } from './scan-table.js';
import { CountTable } from './count-table.js';

/** What one rule's credited traffic looked like. */
export interface RuleUsage {
  flows: number;
  packets: number;
  bytes: number;
  /** Flows per remote address (IPv4 as a signed 32-bit key, see {@link peerKeyText}), exact under the cap. */
  peers: Map<number | string, number>;
  /**
   * While collecting, IPv4 peers are counted here and `peers` holds only IPv6 ones; the two are
   * joined into `peers` when the collector hands over its state (see collectedFrom).
   */
  peers4: CountTable | undefined;
  /** HyperLogLog registers once the peer cap was reached. */
  sketch: Uint8Array | undefined;
  /** protocol * 65536 + local port, capped. */
  ports: Set<number>;
  portsOverflow: boolean;
  /** The port key of the last credited flow (a cache in front of `ports`). */
  lastPortKey: number | undefined;
  firstSeen: number;
  lastSeen: number;
  /** Credited starts by confidence: [tcp flags, clear service port, guess]. */
  confidence: [number, number, number];
  /** Starts this rule matched but a narrower-port rule of the same interface was credited. */
  shadowed: number;
  /** Credited flows that no narrower-or-equal rule also allowed: when 0, the rule is redundant. */
  needed: number;
  /** A rule that also allowed its flows (for the redundant-rule evidence), -1 if none. */
  coveredBy: number;
}

/** Per remote address: distinct local ports reached, for port-scan detection. */
export interface ScanState {
  ports: number | Set<number>;
  accepted: number;
  rejected: number;
  /** The subnets (indices) a source with several ports was seen in. */
  subnets?: Set<number>;
}

export const MAX_PORTS_PER_RULE = 64;
const MAX_SCAN_PORTS = 65536;
/** Bounds for the per-address tables (a port scan of the whole internet must not exhaust memory). */
export const MAX_TRACKED_ADDRESSES = 1_000_000;

export function newRuleUsage(): RuleUsage {
  return {
    flows: 0,
    packets: 0,
    bytes: 0,
    peers: new Map(),
    // Every field from the start, undefined or not: a field added later would give the objects
    // of busy and idle rules different shapes, and the hot path would be deoptimized for it.
    peers4: undefined,
    sketch: undefined,
    ports: new Set(),
    portsOverflow: false,
    lastPortKey: undefined,
    firstSeen: -1,
    lastSeen: -1,
    confidence: [0, 0, 0],
    shadowed: 0,
    needed: 0,
    coveredBy: -1,
  };
}

export class UsageCollector {
  readonly input = new InputCounter();
  readonly usage: RuleUsage[];
  /** Records per interface index (any status), the evidence behind `unused`. */
  recordsByInterface = new Float64Array(1024);
  skipDataByInterface: number[] = [];
  /** Accepted records whose direction could not be told (no flow-direction, addresses not the interface's). */
  undirected = 0;
  buckets = new Map<number, [number, number]>();
  /** IPv4 sources in a typed-array table (the hot path), IPv6 ones in a Map. */
  scans4 = new ScanTable(MAX_TRACKED_ADDRESSES);
  scans6 = new Map<string, ScanState>();
  rejectedSources = new Map<number | string, number>();
  /** Per protocol * 65536 + port: few keys, touched by every start and every rejection. */
  rejectedPorts = new CountTable();
  servicePorts = new CountTable();
  unknownSources = new Map<number | string, number>();
  /** Set when a per-address table hit its bound; the report says so. */
  truncatedTables = false;

  readonly pairing = new ReversePairing();
  private readonly matched: CompiledRule[] = [];
  private lastBucketStart = 0;
  private lastBucketCounts: [number, number] | undefined;
  private readonly knownNetworks: Cidr[];
  private readonly ephemeralStart: number;
  private readonly bucketSeconds: number;
  readonly peerCap: number;
  /** The fewest distinct ports that make a source a port-scan candidate. */
  readonly portScanMinPorts: number;
  /** The port-scan table slot of the current inbound record's source, -1 when none. */
  private inboundSlot = -1;

  constructor(
    readonly compiled: CompiledInventory,
    config: Config,
  ) {
    this.usage = compiled.rules.map(() => newRuleUsage());
    this.knownNetworks = config['known-networks'].map((c) => parseCidr(c) as Cidr);
    this.ephemeralStart = config['ephemeral-port-start'];
    this.bucketSeconds = config.thresholds['bucket-seconds'];
    this.peerCap = config.thresholds['peer-cap'];
    this.portScanMinPorts = config.thresholds['port-scan-min-ports'];
  }

  /** The sink that feeds this collector: records to the analysis, everything else to its counts. */
  sink(): ReaderSink {
    return this.input.sinkFor(this.record.bind(this));
  }

  /** Takes one record (or aggregated row). The record object is reused by the caller. */
  record(r: FlowRecord): void {
    this.input.record(r);
    const ifIndex = r.interfaceIndex;
    if (ifIndex >= 0) {
      if (ifIndex >= this.recordsByInterface.length) this.growInterfaces(ifIndex);
      (this.recordsByInterface[ifIndex] as number) += r.count;
      if (r.status === LogStatus.SkipData)
        this.skipDataByInterface[ifIndex] = (this.skipDataByInterface[ifIndex] ?? 0) + r.count;
    }
    if (r.status !== LogStatus.Ok || r.action === FlowAction.None) return;
    const accepted = r.action === FlowAction.Accept;
    this.bucket(r, accepted);

    const eni = ifIndex >= 0 ? this.compiled.interfaces[ifIndex] : undefined;
    let direction = r.direction;
    if (direction === FlowDirection.Unknown && eni !== undefined) {
      if (ownsAddress(eni, r.dst4, r.dstV6)) direction = FlowDirection.Ingress;
      else if (ownsAddress(eni, r.src4, r.srcV6)) direction = FlowDirection.Egress;
    }
    const start = r.initiator === NOT_JUDGED ? classifyStart(r, this.ephemeralStart) : r.initiator;
    // Ports that do not tell who started (both on one side of the ephemeral range): hold the
    // record until its reverse may have been seen (see ReversePairing).
    if (
      (start === STARTS_LOW || start === LIKELY_RESPONSE) &&
      accepted &&
      eni !== undefined &&
      direction !== FlowDirection.Unknown &&
      r.srcPort >= 0 &&
      r.dstPort >= 0 &&
      this.pairing.hold(r, direction, start)
    ) {
      return;
    }
    this.decided(r, eni, direction, start, accepted);
  }

  /**
   * Takes over the records another thread held for pairing (ReversePairing.takeHeld), after this
   * thread's own, so that a connection whose two directions were read by different threads is
   * paired as one thread would pair it. Call before finish().
   */
  adoptHeld(held: readonly HeldRecord[]): void {
    for (const h of held) {
      if (this.pairing.hold(h.record, h.direction, h.fallback)) continue;
      // The table is full: decided by ports at once, as record() does.
      const eni = this.compiled.interfaces[h.record.interfaceIndex];
      this.decided(h.record, eni, h.direction, h.fallback, true);
    }
  }

  /** Resolves the records held for pairing. Call once, after the last record. */
  finish(): void {
    for (const held of this.pairing.resolve()) {
      const eni = this.compiled.interfaces[held.record.interfaceIndex];
      this.decided(held.record, eni, held.direction, held.start, true);
    }
  }

  /** The rest of a record's analysis, once it is known whether it started a connection. */
  private decided(
    r: FlowRecord,
    eni: CompiledInterface | undefined,
    direction: FlowDirection,
    start: number,
    accepted: boolean,
  ): void {
    const inbound = direction === FlowDirection.Ingress && start >= 0;
    if (inbound) this.trackInbound(r, accepted);
    if (!accepted) return;
    if (direction === FlowDirection.Unknown) {
      if (eni !== undefined) this.undirected += r.count;
      return;
    }
    if (start < 0 || eni === undefined) return;
    const ingress = direction === FlowDirection.Ingress;
    this.countServicePort(r);
    this.credit(r, ingress ? eni.ingress : eni.egress, ingress, start);
  }

  /** Adds records to an interface's count (another thread's, see absorbState). */
  countInterfaceRecords(index: number, n: number): void {
    if (index >= this.recordsByInterface.length) this.growInterfaces(index);
    (this.recordsByInterface[index] as number) += n;
  }

  private growInterfaces(index: number): void {
    const grown = new Float64Array(Math.max(index + 1, this.recordsByInterface.length * 2));
    grown.set(this.recordsByInterface);
    this.recordsByInterface = grown;
  }

  /** Credits the rules that allowed a connection start; see the README on attribution. */
  private credit(r: FlowRecord, candidates: CompiledRule[], ingress: boolean, confidence: number): void {
    const remote4 = ingress ? r.src4 : r.dst4;
    const remote6 = ingress ? r.srcV6 : r.dstV6;
    const port = r.dstPort;
    const protocol = r.protocol;
    const matched = this.matched;
    let count = 0;
    let narrowest = Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const rule = candidates[i] as CompiledRule;
      if (rule.protocol !== -1 && rule.protocol !== protocol) continue;
      if (rule.fromPort >= 0 && (port < rule.fromPort || port > rule.toPort)) continue;
      if (remote6 === undefined ? !peerHas4(rule.peer, remote4) : !peerHas6(rule.peer, remote6)) continue;
      matched[count++] = rule;
      if (rule.portWidth < narrowest) narrowest = rule.portWidth;
    }
    if (count === 0) return;
    // Signed 32-bit keys stay small integers in V8's maps; unsigned ones above 2^31 would not.
    const remoteKey: number | string = remote6 ?? remote4 | 0;
    // An inbound start's source was just looked up in the port-scan table (trackInbound).
    const slot = ingress ? this.inboundSlot : -1;
    for (let i = 0; i < count; i++) {
      const rule = matched[i] as CompiledRule;
      const u = this.usage[rule.index] as RuleUsage;
      if (rule.portWidth > narrowest) {
        u.shadowed += r.count;
        continue;
      }
      // Another credited rule with an equal or narrower peer would have allowed this flow too.
      let coveredBy = -1;
      for (let j = 0; j < count; j++) {
        const other = matched[j] as CompiledRule;
        if (other === rule || other.portWidth > narrowest) continue;
        if (
          other.peerBits < rule.peerBits ||
          (other.peerBits === rule.peerBits && other.index < rule.index)
        ) {
          coveredBy = other.index;
          break;
        }
      }
      if (coveredBy < 0) u.needed += r.count;
      // The lowest index, so that the evidence does not depend on record or thread order.
      else if (u.coveredBy < 0 || coveredBy < u.coveredBy) u.coveredBy = coveredBy;
      this.addUsage(u, rule.index, r, remoteKey, slot, confidence);
    }
  }

  private addUsage(
    u: RuleUsage,
    ruleIndex: number,
    r: FlowRecord,
    remoteKey: number | string,
    slot: number,
    confidence: number,
  ): void {
    u.flows += r.count;
    u.packets += r.packets;
    u.bytes += r.bytes;
    u.confidence[confidence] = (u.confidence[confidence] as number) + r.count;
    if (r.start >= 0 && (u.firstSeen < 0 || r.start < u.firstSeen)) u.firstSeen = r.start;
    const last = r.end >= 0 ? r.end : r.start;
    if (last > u.lastSeen) u.lastSeen = last;
    if (slot >= 0 && this.scans4.creditRule(slot, ruleIndex, r.count)) {
      // Counted in the source's port-scan slot (see ScanTable).
    } else if (u.sketch !== undefined) {
      // Over the cap: known peers keep exact counts, new ones only go into the estimate.
      if (typeof remoteKey === 'number') {
        if (!(u.peers4 as CountTable).add(remoteKey, r.count, 0)) addToRegisters(u.sketch, remoteKey);
      } else if (u.peers.has(remoteKey)) u.peers.set(remoteKey, (u.peers.get(remoteKey) as number) + r.count);
      else addToRegisters(u.sketch, remoteKey);
    } else {
      const peers4 = (u.peers4 ??= new CountTable());
      const room = this.peerCap - u.peers.size;
      const added =
        typeof remoteKey === 'number'
          ? peers4.add(remoteKey, r.count, room)
          : u.peers.has(remoteKey) || peers4.size + u.peers.size < this.peerCap
            ? (u.peers.set(remoteKey, (u.peers.get(remoteKey) ?? 0) + r.count), true)
            : false;
      if (!added) {
        u.sketch = newRegisters();
        const sketch = u.sketch;
        peers4.forEach((key) => addToRegisters(sketch, key));
        for (const key of u.peers.keys()) addToRegisters(sketch, key);
        addToRegisters(sketch, remoteKey);
      }
    }
    const portKey = r.protocol * 65536 + (r.dstPort < 0 ? 0 : r.dstPort);
    // Most rules see one port over and over: skip the set when it is the last one seen.
    if (portKey !== u.lastPortKey && !u.ports.has(portKey)) {
      if (u.ports.size < MAX_PORTS_PER_RULE) u.ports.add(portKey);
      else u.portsOverflow = true;
    }
    u.lastPortKey = portKey;
  }

  private bucket(r: FlowRecord, accepted: boolean): void {
    const start = r.start;
    if (start < 0) return;
    // Records of a file come in time order: the bucket is nearly always the last one, and a
    // range check tells so without dividing.
    let counts = this.lastBucketCounts;
    if (
      counts === undefined ||
      start < this.lastBucketStart ||
      start >= this.lastBucketStart + this.bucketSeconds
    ) {
      const b = Math.floor(start / this.bucketSeconds);
      counts = this.buckets.get(b);
      if (counts === undefined) {
        counts = [0, 0];
        this.buckets.set(b, counts);
      }
      this.lastBucketStart = b * this.bucketSeconds;
      this.lastBucketCounts = counts;
    }
    counts[accepted ? 0 : 1] += r.count;
  }

  private countServicePort(r: FlowRecord): void {
    const key = r.protocol * 65536 + (r.dstPort < 0 ? 0 : r.dstPort);
    this.servicePorts.add(key, r.count, Infinity);
  }

  /** Inbound connection attempts: port scans, rejected sources, unknown sources. */
  private trackInbound(r: FlowRecord, accepted: boolean): void {
    const key: number | string = r.srcV6 ?? r.src4 | 0;
    const port = r.dstPort;
    const ifIndex = r.interfaceIndex;
    const subnet =
      ifIndex >= 0 && ifIndex < this.compiled.subnetOfInterface.length
        ? (this.compiled.subnetOfInterface[ifIndex] as number)
        : -1;
    this.inboundSlot = -1;
    if (typeof key === 'number') {
      this.inboundSlot = this.scans4.add(key, port, accepted, r.count, subnet);
      if (this.inboundSlot < 0) this.truncatedTables = true;
    } else {
      let scan = this.scans6.get(key);
      if (scan === undefined) {
        if (this.scans6.size >= MAX_TRACKED_ADDRESSES) this.truncatedTables = true;
        else this.scans6.set(key, (scan = { ports: port, accepted: 0, rejected: 0 }));
      } else if (scan.ports !== port) {
        if (typeof scan.ports === 'number') scan.ports = new Set([scan.ports, port]);
        else if (scan.ports.size < MAX_SCAN_PORTS) scan.ports.add(port);
      }
      if (scan !== undefined && typeof scan.ports !== 'number' && subnet >= 0)
        (scan.subnets ??= new Set()).add(subnet);
      if (scan !== undefined) {
        if (accepted) scan.accepted += r.count;
        else scan.rejected += r.count;
      }
    }
    if (!accepted) {
      bump(this.rejectedSources, key, r.count, this);
      const portKey = r.protocol * 65536 + (port < 0 ? 0 : port);
      this.rejectedPorts.add(portKey, r.count, Infinity);
    } else if (this.knownNetworks.length > 0 && !this.isKnown(r)) {
      bump(this.unknownSources, key, r.count, this);
    }
  }

  private isKnown(r: FlowRecord): boolean {
    const v6 = r.srcV6 === undefined ? undefined : parseIpv6(r.srcV6);
    return this.knownNetworks.some((net) =>
      v6 === undefined ? containsIpv4(net, r.src4) : containsIpv6(net, v6),
    );
  }
}

/** Adds to an address's count; a new address only while the map is under its bound. */
export function bump<K>(map: Map<K, number>, key: K, n: number, owner: { truncatedTables: boolean }): void {
  const known = map.get(key);
  if (known !== undefined) map.set(key, known + n);
  else if (map.size < MAX_TRACKED_ADDRESSES) map.set(key, n);
  else owner.truncatedTables = true;
}
