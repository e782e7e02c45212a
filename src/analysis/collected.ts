/**
 * What the streaming analysis collected, as the report and the findings read it: the collector's
 * tables turned into maps and lists once, after the last record (and after worker threads' tables
 * were added in, see thread-state.ts).
 */
import type { InputSummary } from '../sources/stats.js';
import { addToRegisters, newRegisters } from './sketch.js';
import type { RuleUsage, ScanState, UsageCollector } from './usage.js';

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
  /**
   * The sources that tried at least `port-scan-min-ports` local ports: the port-scan candidates
   * (an internet-facing account has a source per client, and most try one or two ports).
   */
  scans: Map<number | string, ScanState>;
  rejectedSources: Map<number | string, number>;
  rejectedPorts: Map<number, number>;
  servicePorts: Map<number, number>;
  unknownSources: Map<number | string, number>;
  truncatedTables: boolean;
  /**
   * Calls `fn` for every source of an inbound connection attempt that the port-scan tables hold
   * (IPv4 and IPv6, up to their bound; `truncatedTables` says when one was reached): its accepted
   * and rejected attempts and how many local ports it tried.
   */
  forEachInboundSource(
    fn: (key: number | string, accepted: number, rejected: number, ports: number) => void,
  ): void;
  interfaceName(index: number): string;
  /** The local ports an inbound source tried (any interface), undefined when not tracked. */
  sourcePorts(key: number | string): number | Set<number> | undefined;
  /** The subnet ids a port-scan candidate was seen in (see ScanTable's SUBNET). */
  sourceSubnets(key: number | string): string[];
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
    scans: scanCandidates(c),
    rejectedSources: c.rejectedSources,
    rejectedPorts: c.rejectedPorts.toMap(),
    servicePorts: c.servicePorts.toMap(),
    unknownSources: c.unknownSources,
    // A full interface table is a truncated table too: some records were not counted per interface.
    truncatedTables: c.truncatedTables || c.compiled.table.overflowed > 0,
    forEachInboundSource: (fn) => {
      c.scans4.forEachSource(fn);
      for (const [key, scan] of c.scans6)
        fn(key, scan.accepted, scan.rejected, typeof scan.ports === 'number' ? 1 : scan.ports.size);
    },
    interfaceName: (i) => c.compiled.interfaces[i]?.id ?? `#${i}`,
    sourcePorts: (key) => (typeof key === 'number' ? c.scans4.portsOf(key | 0) : c.scans6.get(key)?.ports),
    sourceSubnets: (key) => {
      const indices =
        typeof key === 'number' ? c.scans4.subnetsOf(key | 0) : [...(c.scans6.get(key)?.subnets ?? [])];
      return indices.map((i) => c.compiled.subnets[i] as string).sort();
    },
  };
}

function scanCandidates(c: UsageCollector): Map<number | string, ScanState> {
  const min = c.portScanMinPorts;
  const out = new Map<number | string, ScanState>(c.scans4.toMap(min));
  for (const [key, scan] of c.scans6)
    if ((typeof scan.ports === 'number' ? 1 : scan.ports.size) >= min) out.set(key, scan);
  return out;
}
