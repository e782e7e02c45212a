/**
 * What a worker thread's collector hands to the main thread, and how the main thread's collector
 * takes it in. The collector's tables travel as they are, as plain data whose typed arrays are
 * moved rather than copied, and are added into the main thread's tables; the main thread then
 * resolves pairing and builds the report from its one collector, as if it had read every file.
 *
 * Adding table into table keeps the work after the last file small: a source per internet
 * client in the port-scan table and a peer per client in an internet-facing rule's table would
 * otherwise each become an object in a Map, be cloned, rebuilt and merged.
 */
import { mergeInputSummary, type InputSummary } from '../sources/stats.js';
import { CountTable, type CountTableState } from './count-table.js';
import type { HeldRecord } from './pairing.js';
import type { ScanTableState } from './scan-table.js';
import { mergeRegisters, newRegisters } from './sketch.js';
import {
  bump,
  MAX_PORTS_PER_RULE,
  MAX_TRACKED_ADDRESSES,
  type RuleUsage,
  type ScanState,
  type UsageCollector,
} from './usage.js';

export type RuleUsageState = Omit<RuleUsage, 'peers4'> & { peers4: CountTableState | undefined };

export interface CollectorState {
  input: InputSummary;
  usage: RuleUsageState[];
  /**
   * Records per interface index. Indices below the inventory's interface count are the same in
   * every thread; the others are the thread's own names for interfaces not in the inventory,
   * listed in `unknownNames` from that count on.
   */
  recordsByInterface: Float64Array;
  unknownNames: string[];
  skipDataByInterface: number[];
  undirected: number;
  buckets: Map<number, [number, number]>;
  scans4: ScanTableState;
  scans6: Map<string, ScanState>;
  rejectedSources: Map<number | string, number>;
  rejectedPorts: CountTableState;
  servicePorts: CountTableState;
  unknownSources: Map<number | string, number>;
  truncatedTables: boolean;
  /** Records held for pairing, unresolved: their reverse may be in another thread's files. */
  held: HeldRecord[];
}

/**
 * A worker's collector as plain data, with the buffers to move along with it. The collector is
 * done with after this (its tables go with the state).
 */
export function stateOf(c: UsageCollector): { state: CollectorState; transfer: ArrayBuffer[] } {
  const known = c.compiled.interfaces.length;
  const unknownNames: string[] = [];
  for (let i = known; i < c.compiled.table.size; i++) unknownNames.push(c.compiled.table.name(i));
  const usage = c.usage.map((u) => ({ ...u, peers4: u.peers4?.state() }));
  const state: CollectorState = {
    input: c.input.summary,
    usage,
    recordsByInterface: c.recordsByInterface,
    unknownNames,
    skipDataByInterface: c.skipDataByInterface,
    undirected: c.undirected,
    buckets: c.buckets,
    scans4: c.scans4.state(),
    scans6: c.scans6,
    rejectedSources: c.rejectedSources,
    rejectedPorts: c.rejectedPorts.state(),
    servicePorts: c.servicePorts.state(),
    unknownSources: c.unknownSources,
    truncatedTables: c.truncatedTables,
    held: c.pairing.takeHeld(),
  };
  const buffers = [
    state.recordsByInterface,
    state.scans4.slots,
    state.rejectedPorts.slots,
    state.servicePorts.slots,
    ...usage.flatMap((u) => (u.peers4 ? [u.peers4.slots] : [])),
  ];
  return { state, transfer: buffers.map((b) => b.buffer as ArrayBuffer) };
}

/** Adds a worker's state (from {@link stateOf}) into the main thread's collector. */
export function absorbState(into: UsageCollector, from: CollectorState): void {
  mergeInputSummary(into.input.summary, from.input);
  from.usage.forEach((u, i) => {
    const target = into.usage[i];
    if (target) absorbUsage(target, u);
  });
  const known = into.compiled.interfaces.length;
  from.recordsByInterface.forEach((n, i) => {
    if (n === 0) return;
    const index = i < known ? i : into.compiled.table.add(from.unknownNames[i - known] as string);
    into.countInterfaceRecords(index, n);
  });
  from.skipDataByInterface.forEach((n, i) => {
    if (n > 0 && i < known) into.skipDataByInterface[i] = (into.skipDataByInterface[i] ?? 0) + n;
  });
  into.undirected += from.undirected;
  for (const [b, [a, r]] of from.buckets) {
    const counts = into.buckets.get(b);
    if (counts) {
      counts[0] += a;
      counts[1] += r;
    } else into.buckets.set(b, [a, r]);
  }
  const whole = into.scans4.absorb(from.scans4, (rule, key, flows) => {
    const u = into.usage[rule];
    if (u) (u.peers4 ??= new CountTable()).add(key, flows, Infinity);
  });
  if (!whole) into.truncatedTables = true;
  for (const [key, scan] of from.scans6) {
    const known6 = into.scans6.get(key);
    if (known6 === undefined) {
      if (into.scans6.size < MAX_TRACKED_ADDRESSES) into.scans6.set(key, scan);
      else into.truncatedTables = true;
      continue;
    }
    const ports = new Set<number>(typeof known6.ports === 'number' ? [known6.ports] : known6.ports);
    for (const p of typeof scan.ports === 'number' ? [scan.ports] : scan.ports) ports.add(p);
    const subnets = new Set([...(known6.subnets ?? []), ...(scan.subnets ?? [])]);
    into.scans6.set(key, {
      ports: ports.size === 1 ? (ports.values().next().value as number) : ports,
      accepted: known6.accepted + scan.accepted,
      rejected: known6.rejected + scan.rejected,
      ...(subnets.size > 0 ? { subnets } : {}),
    });
  }
  for (const [key, n] of from.rejectedSources) bump(into.rejectedSources, key, n, into);
  for (const [key, n] of from.unknownSources) bump(into.unknownSources, key, n, into);
  into.rejectedPorts.absorb(from.rejectedPorts);
  into.servicePorts.absorb(from.servicePorts);
  into.truncatedTables ||= from.truncatedTables;
  into.adoptHeld(from.held);
}

function absorbUsage(into: RuleUsage, from: RuleUsageState): void {
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
  // Exact peers join without the cap here: collectedFrom estimates beyond it, over all of them.
  if (from.peers4) (into.peers4 ??= new CountTable()).absorb(from.peers4);
  for (const [k, n] of from.peers) into.peers.set(k, (into.peers.get(k) ?? 0) + n);
  if (from.sketch) mergeRegisters((into.sketch ??= newRegisters()), from.sketch);
  for (const p of from.ports) {
    if (into.ports.has(p)) continue;
    if (into.ports.size < MAX_PORTS_PER_RULE) into.ports.add(p);
    else into.portsOverflow = true;
  }
  into.portsOverflow ||= from.portsOverflow;
}
