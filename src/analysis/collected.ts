/**
 * What the streaming analysis collected, in a form that crosses thread boundaries and merges:
 * worker threads each send theirs, and the sum is what one thread would have collected.
 */
import type { InputSummary } from '../sources/stats.js';
import { mergeInputSummary } from '../sources/stats.js';
import { addToRegisters, mergeRegisters, newRegisters } from './sketch.js';
import {
  MAX_PORTS_PER_RULE,
  MAX_TRACKED_ADDRESSES,
  type RuleUsage,
  type ScanState,
  type UsageCollector,
} from './usage.js';

export interface Collected {
  input: InputSummary;
  usage: RuleUsage[];
  /** Indexed like the inventory's interfaces. */
  recordsByInterface: number[];
  skipDataByInterface: number[];
  /** Interfaces in the logs that are not in the inventory, with their record counts. */
  unknownInterfaceRecords: Map<string, number>;
  unknownInterfaces: string[];
  undirected: number;
  buckets: Map<number, [number, number]>;
  scans: Map<number | string, ScanState>;
  rejectedSources: Map<number | string, number>;
  rejectedPorts: Map<number, number>;
  servicePorts: Map<number, number>;
  unknownSources: Map<number | string, number>;
  truncatedTables: boolean;
  interfaceName(index: number): string;
}

/** The collector's state, with unknown interfaces named (their indices are per thread). */
export function collectedFrom(c: UsageCollector): Collected {
  c.finish();
  const known = c.compiled.interfaces.length;
  const unknownInterfaceRecords = new Map<string, number>();
  c.recordsByInterface.forEach((n, i) => {
    if (i >= known && n > 0) unknownInterfaceRecords.set(c.compiled.table.name(i), n);
  });
  // (Slots past the interface table's size are zero: the array grows in steps.)
  const skip = c.skipDataByInterface.slice(0, known);
  // Each rule's peers: those of its own tables and those counted in the port-scan table's slots.
  const slotPeers = new Map<number, [number, number][]>();
  c.scans4.forEachRulePeer((rule, key, flows) => {
    const list = slotPeers.get(rule);
    if (list) list.push([key, flows]);
    else slotPeers.set(rule, [[key, flows]]);
  });
  c.usage.forEach((u, i) => {
    const fromSlots = slotPeers.get(i);
    if (u.peers4 === undefined && fromSlots === undefined) return;
    const joined = new Map<number | string, number>();
    u.peers4?.forEach((key, count) => joined.set(key, count));
    for (const [key, count] of u.peers) joined.set(key, count);
    for (const [key, count] of fromSlots ?? []) joined.set(key, (joined.get(key) ?? 0) + count);
    u.peers = joined;
    u.peers4 = undefined;
    // Beyond the cap the distinct count is estimated, as when the rule's own table overflows.
    if (u.sketch !== undefined || joined.size > c.peerCap) {
      const sketch = (u.sketch ??= newRegisters());
      for (const key of joined.keys()) addToRegisters(sketch, key);
    }
  });
  return {
    input: c.input.summary,
    usage: c.usage,
    recordsByInterface: Array.from({ length: known }, (_, i) => c.recordsByInterface[i] ?? 0),
    skipDataByInterface: Array.from({ length: known }, (_, i) => skip[i] ?? 0),
    unknownInterfaceRecords,
    unknownInterfaces: [...unknownInterfaceRecords.keys()].sort(),
    undirected: c.undirected,
    buckets: c.buckets,
    scans: new Map<number | string, ScanState>([...c.scans4.toMap(), ...c.scans6]),
    rejectedSources: c.rejectedSources,
    rejectedPorts: c.rejectedPorts.toMap(),
    servicePorts: c.servicePorts.toMap(),
    unknownSources: c.unknownSources,
    truncatedTables: c.truncatedTables,
    interfaceName: (i) => c.compiled.interfaces[i]?.id ?? `#${i}`,
  };
}

function addCounts<K>(into: Map<K, number>, from: Map<K, number>, owner: { truncatedTables: boolean }): void {
  for (const [k, n] of from) {
    const known = into.get(k);
    if (known !== undefined) into.set(k, known + n);
    else if (into.size < MAX_TRACKED_ADDRESSES) into.set(k, n);
    else owner.truncatedTables = true;
  }
}

function mergeUsage(into: RuleUsage, from: RuleUsage, peerCap: number): void {
  into.flows += from.flows;
  into.packets += from.packets;
  into.bytes += from.bytes;
  into.shadowed += from.shadowed;
  into.needed += from.needed;
  if (from.coveredBy >= 0 && (into.coveredBy < 0 || from.coveredBy < into.coveredBy))
    into.coveredBy = from.coveredBy;
  for (let i = 0; i < 3; i++)
    into.confidence[i] = (into.confidence[i] as number) + (from.confidence[i] as number);
  if (from.firstSeen >= 0 && (into.firstSeen < 0 || from.firstSeen < into.firstSeen))
    into.firstSeen = from.firstSeen;
  if (from.lastSeen > into.lastSeen) into.lastSeen = from.lastSeen;
  for (const [k, n] of from.peers) into.peers.set(k, (into.peers.get(k) ?? 0) + n);
  if (from.sketch !== undefined || into.sketch !== undefined || into.peers.size > peerCap) {
    into.sketch ??= newRegisters();
    if (from.sketch) mergeRegisters(into.sketch, from.sketch);
    for (const k of into.peers.keys()) addToRegisters(into.sketch, k);
  }
  for (const p of from.ports) {
    if (into.ports.has(p)) continue;
    if (into.ports.size < MAX_PORTS_PER_RULE) into.ports.add(p);
    else into.portsOverflow = true;
  }
  into.portsOverflow ||= from.portsOverflow;
}

/** Adds `from` (another thread's result) into `into`. */
export function mergeCollected(into: Collected, from: Collected, peerCap: number): void {
  mergeInputSummary(into.input, from.input);
  from.usage.forEach((u, i) => {
    const target = into.usage[i];
    if (target) mergeUsage(target, u, peerCap);
  });
  from.recordsByInterface.forEach(
    (n, i) => (into.recordsByInterface[i] = (into.recordsByInterface[i] ?? 0) + n),
  );
  from.skipDataByInterface.forEach(
    (n, i) => (into.skipDataByInterface[i] = (into.skipDataByInterface[i] ?? 0) + n),
  );
  addCounts(into.unknownInterfaceRecords, from.unknownInterfaceRecords, into);
  into.unknownInterfaces = [...into.unknownInterfaceRecords.keys()].sort();
  into.undirected += from.undirected;
  for (const [b, [a, r]] of from.buckets) {
    const counts = into.buckets.get(b) ?? [0, 0];
    counts[0] += a;
    counts[1] += r;
    into.buckets.set(b, counts);
  }
  for (const [k, s] of from.scans) {
    const known = into.scans.get(k);
    if (known === undefined) {
      if (into.scans.size < MAX_TRACKED_ADDRESSES) into.scans.set(k, s);
      else into.truncatedTables = true;
      continue;
    }
    // A new object rather than the known one changed: objects built in another shape (numbers
    // where a set now goes) would each be migrated by V8, measured at a microsecond apiece.
    let ports: number | Set<number>;
    if (typeof known.ports === 'number' && typeof s.ports === 'number') {
      // Most sources use one port in every thread: no set for them.
      ports = known.ports === s.ports ? known.ports : new Set([known.ports, s.ports]);
    } else {
      ports = new Set<number>(typeof known.ports === 'number' ? [known.ports] : known.ports);
      for (const p of typeof s.ports === 'number' ? [s.ports] : s.ports) ports.add(p);
    }
    into.scans.set(k, {
      ports,
      accepted: known.accepted + s.accepted,
      rejected: known.rejected + s.rejected,
    });
  }
  addCounts(into.rejectedSources, from.rejectedSources, into);
  addCounts(into.rejectedPorts, from.rejectedPorts, into);
  addCounts(into.servicePorts, from.servicePorts, into);
  addCounts(into.unknownSources, from.unknownSources, into);
  into.truncatedTables ||= from.truncatedTables;
}
