/**
 * The report's traffic per source, port, protocol and interface (TrafficLists, what
 * `export-traffic` writes), read after the last record from tables the streaming analysis keeps
 * for its findings anyway: the port-scan tables (every inbound source), the service and rejected
 * ports, the records per interface. Nothing is counted per record for them, so the lists say only
 * what those tables know: inbound attempts per source, connection starts per port, records (of
 * any action) per interface.
 */
import type {
  InterfaceTraffic,
  PortTraffic,
  ProtocolTraffic,
  SourceTraffic,
  TrafficLists,
} from '../report/types.js';
import type { CompiledInventory } from './compile.js';
import type { Collected } from './collected.js';
import { peerKeyText } from './proposals/rules.js';
import { top, TopList } from './top.js';

/**
 * The most rows of a per-source, per-port or per-interface list: a spreadsheet takes a million,
 * but the lists are part of the JSON report, and past the first thousand a source or port is
 * noise for a review.
 */
export const TRAFFIC_LIST_LIMIT = 1000;

/** The name a report uses for an IANA protocol number. */
export function protocolName(n: number): string {
  return n === 6 ? 'tcp' : n === 17 ? 'udp' : n === 1 ? 'icmp' : n === 58 ? 'icmpv6' : String(n);
}

/** A `protocol * 65536 + port` key as the report writes it. */
export function portOfKey(key: number): { protocol: string; port: number } {
  return { protocol: protocolName(Math.floor(key / 65536)), port: key % 65536 };
}

/** The traffic lists of the report, each cut at `limit` rows. */
export function trafficLists(
  compiled: CompiledInventory,
  collected: Collected,
  limit = TRAFFIC_LIST_LIMIT,
): TrafficLists {
  const sources = new TopList<number | string, SourceTraffic>(limit);
  collected.forEachInboundSource((key, accepted, rejected, ports) =>
    sources.offer(key, accepted + rejected, () => ({ address: peerKeyText(key), accepted, rejected, ports })),
  );
  const ports = portList(collected, limit);
  const interfaces = interfaceList(compiled, collected, limit);
  const rejectedSources = top(collected.rejectedSources, limit);
  const rejectedPorts = top(collected.rejectedPorts, limit);
  // The address tables stop taking new addresses at their bound: their lists may miss some.
  const whole = !collected.truncatedTables;
  const extent = (rows: number, tableWhole = true) => ({ rows, complete: tableWhole && rows <= limit });
  return {
    listLimit: limit,
    sources: sources.entries().map((e) => e.value),
    ports: ports.entries().map((e) => e.value),
    protocols: protocolList(collected),
    interfaces: interfaces.entries().map((e) => e.value),
    rejectedSources: rejectedSources.map(([key, flows]) => ({ address: peerKeyText(key), flows })),
    rejectedPorts: rejectedPorts.map(([key, flows]) => ({ ...portOfKey(key), flows })),
    lists: {
      sources: extent(sources.offered, whole),
      ports: extent(ports.offered),
      interfaces: extent(interfaces.offered),
      rejectedSources: extent(collected.rejectedSources.size, whole),
      rejectedPorts: extent(collected.rejectedPorts.size),
    },
  };
}

/** Accepted starts and rejected inbound attempts per protocol and port, busiest first. */
function portList(collected: Collected, limit: number): TopList<number, PortTraffic> {
  const list = new TopList<number, PortTraffic>(limit);
  const offer = (key: number, accepted: number, rejected: number) =>
    list.offer(key, accepted + rejected, () => ({ ...portOfKey(key), accepted, rejected }));
  for (const [key, accepted] of collected.servicePorts)
    offer(key, accepted, collected.rejectedPorts.get(key) ?? 0);
  for (const [key, rejected] of collected.rejectedPorts)
    if (!collected.servicePorts.has(key)) offer(key, 0, rejected);
  return list;
}

/** The port list added up per protocol: every protocol, busiest first, then by number. */
function protocolList(collected: Collected): ProtocolTraffic[] {
  const totals = new Map<number, [number, number]>();
  const add = (ports: Map<number, number>, side: 0 | 1) => {
    for (const [key, flows] of ports) {
      const protocol = Math.floor(key / 65536);
      const counts = totals.get(protocol) ?? [0, 0];
      counts[side] += flows;
      totals.set(protocol, counts);
    }
  };
  add(collected.servicePorts, 0);
  add(collected.rejectedPorts, 1);
  return [...totals]
    .sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]) || a[0] - b[0])
    .map(([protocol, [accepted, rejected]]) => ({ protocol: protocolName(protocol), accepted, rejected }));
}

/**
 * Records per interface, busiest first, then by id: the inventory's interfaces (those without a
 * record too, which is what a missing flow log looks like) and those only the logs name.
 */
function interfaceList(
  compiled: CompiledInventory,
  collected: Collected,
  limit: number,
): TopList<string, InterfaceTraffic> {
  const list = new TopList<string, InterfaceTraffic>(limit);
  compiled.inventory.interfaces.forEach((eni, i) => {
    const records = collected.recordsByInterface[i] ?? 0;
    list.offer(eni.interfaceId, records, () => ({
      interfaceId: eni.interfaceId,
      inInventory: true,
      groupIds: [...eni.groupIds],
      records,
      skipData: collected.skipDataByInterface[i] ?? 0,
    }));
  });
  for (const [interfaceId, records] of collected.unknownInterfaceRecords)
    list.offer(interfaceId, records, () => ({ interfaceId, inInventory: false, groupIds: [], records }));
  return list;
}
