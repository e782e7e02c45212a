/**
 * The traffic sections of many targets' reports as one: time buckets added up by their start,
 * and every top list re-summed by its key (address, or protocol and port), ranked as a single
 * report ranks it (count first, then the key: IPv4 before IPv6, lower first) and cut to the same
 * length. A list is merged from each target's list as it was cut, so an entry just below one
 * target's cut is missing from its sum: the top of a merged list is exact when each target's list
 * is whole (`traffic.lists` says which are), and a close approximation otherwise.
 */
import { TOP_LIST } from '../analysis/report.js';
import type {
  InterfaceTraffic,
  PeerCount,
  PortTraffic,
  ProtocolTraffic,
  Report,
  SourceTraffic,
  TrafficListName,
  TrafficLists,
} from '../report/types.js';

type Traffic = Report['traffic'];
type PortCount = Traffic['topPorts'][number];

const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58 };

/** The key a single report ranks an address by: an IPv4 address as its number, else its text. */
function addressKey(address: string): number | string {
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return address;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** The key a single report ranks a port by: `protocol number * 65536 + port`. */
function portKey(entry: { protocol: string; port: number }): number {
  const protocol = PROTOCOL_NUMBERS[entry.protocol] ?? Number(entry.protocol);
  return (Number.isFinite(protocol) ? protocol : 255) * 65536 + entry.port;
}

/** Higher count first, then the lower key, numbers before text (src/analysis/top.ts's order). */
function ranked<T>(entries: Iterable<T>, count: (e: T) => number, key: (e: T) => number | string): T[] {
  const keyed = [...entries].map((e) => ({ e, n: count(e), k: key(e) }));
  keyed.sort((a, b) => {
    if (a.n !== b.n) return b.n - a.n;
    if (typeof a.k !== typeof b.k) return typeof a.k === 'number' ? -1 : 1;
    return a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
  });
  return keyed.map((x) => x.e);
}

/** Entries of several lists added up by their key; `add` folds a later one into the first. */
function summed<T>(lists: readonly (readonly T[])[], id: (e: T) => string, add: (into: T, e: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const list of lists)
    for (const e of list) {
      const k = id(e);
      const seen = byKey.get(k);
      byKey.set(k, seen === undefined ? { ...e } : add(seen, e));
    }
  return [...byKey.values()];
}

const portId = (e: { protocol: string; port: number }) => `${e.protocol}/${e.port}`;

function mergePeers(lists: readonly PeerCount[][], limit: number): PeerCount[] {
  const all = summed(
    lists,
    (e) => e.address,
    (a, e) => ({ ...a, flows: a.flows + e.flows }),
  );
  return ranked(
    all,
    (e) => e.flows,
    (e) => addressKey(e.address),
  ).slice(0, limit);
}

function mergePorts(lists: readonly PortCount[][], limit: number): PortCount[] {
  const all = summed(lists, portId, (a, e) => ({ ...a, flows: a.flows + e.flows }));
  return ranked(all, (e) => e.flows, portKey).slice(0, limit);
}

/** The merged traffic section. */
export function mergeTraffic(traffics: readonly Traffic[], bucketSeconds: number): Traffic {
  const buckets = new Map<string, { accepted: number; rejected: number }>();
  for (const t of traffics)
    for (const b of t.buckets) {
      const seen = buckets.get(b.start) ?? { accepted: 0, rejected: 0 };
      buckets.set(b.start, { accepted: seen.accepted + b.accepted, rejected: seen.rejected + b.rejected });
    }
  const withLists = traffics.filter((t): t is Traffic & TrafficLists => t.listLimit !== undefined);
  return {
    bucketSeconds,
    buckets: [...buckets]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([start, counts]) => ({ start, ...counts })),
    topRejectedSources: mergePeers(
      traffics.map((t) => t.topRejectedSources),
      TOP_LIST,
    ),
    topRejectedPorts: mergePorts(
      traffics.map((t) => t.topRejectedPorts),
      TOP_LIST,
    ),
    topPorts: mergePorts(
      traffics.map((t) => t.topPorts),
      TOP_LIST,
    ),
    ...(withLists.length > 0 ? mergeLists(withLists) : {}),
  };
}

/** The per-source, port, protocol and interface lists (what `export-traffic` writes). */
function mergeLists(lists: readonly TrafficLists[]): TrafficLists {
  const limit = Math.max(...lists.map((l) => l.listLimit));
  // A source's distinct ports cannot be added up across targets (the same ports may be tried in
  // each): the most any target saw is what is known for certain.
  const sources = summed(
    lists.map((l) => l.sources),
    (e) => e.address,
    (a, e): SourceTraffic => ({
      ...a,
      accepted: a.accepted + e.accepted,
      rejected: a.rejected + e.rejected,
      ports: Math.max(a.ports, e.ports),
    }),
  );
  const ports = summed(
    lists.map((l) => l.ports),
    portId,
    (a, e): PortTraffic => ({ ...a, accepted: a.accepted + e.accepted, rejected: a.rejected + e.rejected }),
  );
  const protocols = summed(
    lists.map((l) => l.protocols),
    (e) => e.protocol,
    (a, e): ProtocolTraffic => ({
      ...a,
      accepted: a.accepted + e.accepted,
      rejected: a.rejected + e.rejected,
    }),
  );
  // Interface ids are unique to their account: each target's interfaces are its own rows.
  const interfaces: InterfaceTraffic[] = lists.flatMap((l) => l.interfaces);
  const rejectedSources = summed(
    lists.map((l) => l.rejectedSources),
    (e) => e.address,
    (a, e) => ({ ...a, flows: a.flows + e.flows }),
  );
  const rejectedPorts = summed(
    lists.map((l) => l.rejectedPorts),
    portId,
    (a, e) => ({ ...a, flows: a.flows + e.flows }),
  );
  const distinct: Record<TrafficListName, number> = {
    sources: sources.length,
    ports: ports.length,
    interfaces: interfaces.length,
    rejectedSources: rejectedSources.length,
    rejectedPorts: rejectedPorts.length,
  };
  const extent = (name: TrafficListName) => {
    const whole = lists.every((l) => l.lists[name].complete);
    // Cut lists hide how many of their rows the other targets share: their sum is an upper bound.
    const rows = whole ? distinct[name] : lists.reduce((n, l) => n + l.lists[name].rows, 0);
    return { rows, complete: whole && rows <= limit };
  };
  return {
    listLimit: limit,
    sources: ranked(
      sources,
      (e) => e.accepted + e.rejected,
      (e) => addressKey(e.address),
    ).slice(0, limit),
    ports: ranked(ports, (e) => e.accepted + e.rejected, portKey).slice(0, limit),
    protocols: ranked(
      protocols,
      (e) => e.accepted + e.rejected,
      (e) => PROTOCOL_NUMBERS[e.protocol] ?? Number(e.protocol),
    ),
    interfaces: ranked(
      interfaces,
      (e) => e.records,
      (e) => e.interfaceId,
    ).slice(0, limit),
    rejectedSources: mergePeers([rejectedSources], limit),
    rejectedPorts: mergePorts([rejectedPorts], limit),
    lists: {
      sources: extent('sources'),
      ports: extent('ports'),
      interfaces: extent('interfaces'),
      rejectedSources: extent('rejectedSources'),
      rejectedPorts: extent('rejectedPorts'),
    },
  };
}
