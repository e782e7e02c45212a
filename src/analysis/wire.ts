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
  /** Variable-length parts of the packed entries (a scan source's ports), which `numeric` points into. */
  extra: Int32Array;
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

/** How one kind of map's IPv4 entries become numbers and back. */
interface Codec<V> {
  /** Numbers per entry. */
  width: number;
  /** Writes the entry at `at` when it packs (an IPv4 key); false otherwise. */
  write(out: Float64Array, at: number, key: number | string, value: V, extra: number[]): boolean;
  /** The entry at `at`. */
  read(numeric: Float64Array, at: number, extra: Int32Array): [number, V];
}

/** Rule peers: key, count. */
const PEERS: Codec<number> = {
  width: 2,
  write(out, at, key, count) {
    if (typeof key !== 'number') return false;
    out[at] = key;
    out[at + 1] = count;
    return true;
  },
  // (`| 0`: the key back as a small integer, as the collector made it, not a double.)
  read: (numeric, at) => [(numeric[at] as number) | 0, numeric[at + 1] as number],
};

/**
 * IPv4 port-scan sources: key, accepted, rejected, then the port (-1 and up) or, for a set of
 * ports, -2 - its offset in `extra`, where the set's size and its ports follow in their order.
 * (Web clients reach two ports, 80 and 443, and so have a set: most sources do.)
 */
const SCANS: Codec<ScanState> = {
  width: 4,
  write(out, at, key, scan, extra) {
    if (typeof key !== 'number') return false;
    out[at] = key;
    out[at + 1] = scan.accepted;
    out[at + 2] = scan.rejected;
    if (typeof scan.ports === 'number') out[at + 3] = scan.ports;
    else {
      out[at + 3] = -2 - extra.length;
      extra.push(scan.ports.size);
      // (A loop, not a spread: a scanner's set can hold every port.)
      for (const port of scan.ports) extra.push(port);
    }
    return true;
  },
  read(numeric, at, extra) {
    const port = numeric[at + 3] as number;
    let ports: number | Set<number> = port;
    if (port < -1) {
      const offset = -2 - port;
      ports = new Set(extra.subarray(offset + 1, offset + 1 + (extra[offset] as number)));
    }
    return [
      (numeric[at] as number) | 0,
      { ports, accepted: numeric[at + 1] as number, rejected: numeric[at + 2] as number },
    ];
  },
};

function pack<V>(map: Map<number | string, V>, codec: Codec<V>): PackedMap<V> {
  const numeric = new Float64Array(map.size * codec.width);
  const order = new Uint8Array(map.size);
  const rest = new Map<number | string, V>();
  const extra: number[] = [];
  let n = 0;
  let i = 0;
  for (const [key, value] of map) {
    if (codec.write(numeric, n, key, value, extra)) {
      n += codec.width;
      order[i++] = 1;
    } else {
      rest.set(key, value);
      order[i++] = 0;
    }
  }
  return { numeric: numeric.slice(0, n), extra: Int32Array.from(extra), rest, order };
}

function unpack<V>(packed: PackedMap<V>, codec: Codec<V>): Map<number | string, V> {
  const out = new Map<number | string, V>();
  const rest = packed.rest.entries();
  let n = 0;
  for (const fromNumeric of packed.order) {
    const [key, value] =
      fromNumeric === 1
        ? codec.read(packed.numeric, n, packed.extra)
        : (rest.next().value as [number | string, V]);
    if (fromNumeric === 1) n += codec.width;
    out.set(key, value);
  }
  return out;
}

/** Packs a worker's result; `transfer` lists the buffers to move with it. */
export function packResult(result: WorkerResult): { packed: PackedResult; transfer: ArrayBuffer[] } {
  const { scans, usage, ...rest } = result;
  const packedScans = pack(scans, SCANS);
  const packedUsage = usage.map((u) => ({ ...u, peers: pack(u.peers, PEERS) }));
  const transfer = [packedScans, ...packedUsage.map((u) => u.peers)].flatMap((p) => [
    p.numeric.buffer as ArrayBuffer,
    p.extra.buffer as ArrayBuffer,
    p.order.buffer as ArrayBuffer,
  ]);
  return { packed: { collected: { ...rest, usage: packedUsage }, scans: packedScans }, transfer };
}

/** The worker's result as it was before packing. */
export function unpackResult(packed: PackedResult): WorkerResult {
  return {
    ...packed.collected,
    usage: packed.collected.usage.map((u) => ({ ...u, peers: unpack(u.peers, PEERS) })),
    scans: unpack(packed.scans, SCANS),
  };
}
