/**
 * What a worker thread sends back, packed for the trip. A collector's large maps (a source per
 * internet client in the port-scan map, a peer per client in an internet-facing rule's usage)
 * would cross as hundreds of thousands of cloned objects, which the main thread spends more time
 * deserializing than merging; here their IPv4 entries travel as typed arrays, moved rather than
 * copied, and are rebuilt into the same maps, in the same order, on arrival.
 */
import type { Collected } from './collected.js';
import type { RuleUsage, ScanState } from './usage.js';

export type WorkerResult = Omit<Collected, 'interfaceName'>;

/** A map split into its numeric keys with one-number values (packed) and the rest. */
interface PackedMap<V> {
  /** key, value pairs, or for scans key, accepted, rejected, port. */
  numeric: Float64Array;
  rest: Map<number | string, V>;
  /** The entries' order: for each entry, 1 when it is in `numeric`, 0 when in `rest`. */
  order: Uint8Array;
}

export interface PackedResult {
  collected: Omit<WorkerResult, 'scans' | 'usage'> & {
    usage: (Omit<RuleUsage, 'peers'> & { peers: PackedMap<number> })[];
  };
  scans: PackedMap<ScanState>;
}

function packPeers(peers: Map<number | string, number>): PackedMap<number> {
  const numeric = new Float64Array(peers.size * 2);
  const order = new Uint8Array(peers.size);
  const rest = new Map<number | string, number>();
  let n = 0;
  let i = 0;
  for (const [key, count] of peers) {
    if (typeof key === 'number') {
      numeric[n++] = key;
      numeric[n++] = count;
      order[i++] = 1;
    } else {
      rest.set(key, count);
      order[i++] = 0;
    }
  }
  return { numeric: numeric.slice(0, n), rest, order };
}

function unpackPeers(packed: PackedMap<number>): Map<number | string, number> {
  const out = new Map<number | string, number>();
  const rest = packed.rest.entries();
  let n = 0;
  for (const fromNumeric of packed.order) {
    if (fromNumeric === 1) {
      // (`| 0`: the key back as a small integer, as the collector made it, not a double.)
      out.set((packed.numeric[n] as number) | 0, packed.numeric[n + 1] as number);
      n += 2;
    } else {
      const [key, count] = rest.next().value as [number | string, number];
      out.set(key, count);
    }
  }
  return out;
}

/** Scans: single-port IPv4 sources packed as key, accepted, rejected, port; the others as they are. */
function packScans(scans: Map<number | string, ScanState>): PackedMap<ScanState> {
  const numeric = new Float64Array(scans.size * 4);
  const order = new Uint8Array(scans.size);
  const rest = new Map<number | string, ScanState>();
  let n = 0;
  let i = 0;
  for (const [key, scan] of scans) {
    if (typeof key === 'number' && typeof scan.ports === 'number') {
      numeric[n++] = key;
      numeric[n++] = scan.accepted;
      numeric[n++] = scan.rejected;
      numeric[n++] = scan.ports;
      order[i++] = 1;
    } else {
      rest.set(key, scan);
      order[i++] = 0;
    }
  }
  return { numeric: numeric.slice(0, n), rest, order };
}

function unpackScans(packed: PackedMap<ScanState>): Map<number | string, ScanState> {
  const out = new Map<number | string, ScanState>();
  const rest = packed.rest.entries();
  const numeric = packed.numeric;
  let n = 0;
  for (const fromNumeric of packed.order) {
    if (fromNumeric === 1) {
      out.set((numeric[n] as number) | 0, {
        ports: (numeric[n + 3] as number) | 0,
        accepted: numeric[n + 1] as number,
        rejected: numeric[n + 2] as number,
      });
      n += 4;
    } else {
      const [key, scan] = rest.next().value as [number | string, ScanState];
      out.set(key, scan);
    }
  }
  return out;
}

/** Packs a worker's result; `transfer` lists the buffers to move with it. */
export function packResult(result: WorkerResult): { packed: PackedResult; transfer: ArrayBuffer[] } {
  const { scans, usage, ...rest } = result;
  const packedScans = packScans(scans);
  const packedUsage = usage.map((u) => ({ ...u, peers: packPeers(u.peers) }));
  const transfer = [packedScans, ...packedUsage.map((u) => u.peers)].flatMap((p) => [
    p.numeric.buffer as ArrayBuffer,
    p.order.buffer as ArrayBuffer,
  ]);
  return { packed: { collected: { ...rest, usage: packedUsage }, scans: packedScans }, transfer };
}

/** The worker's result as it was before packing. */
export function unpackResult(packed: PackedResult): WorkerResult {
  return {
    ...packed.collected,
    usage: packed.collected.usage.map((u) => ({ ...u, peers: unpackPeers(u.peers) })),
    scans: unpackScans(packed.scans),
  };
}
