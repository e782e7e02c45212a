/**
 * Pairing a record with its reverse on the same interface, for the connections whose ports do
 * not say who started them (both on the same side of the ephemeral range, no TCP flags).
 *
 * Such records are held back until the end of the input; then, where the reverse record of the
 * same interface exists too, the side seen first started the connection and the other side is
 * its return traffic. Where there is no reverse, or both started in the same second, the port
 * heuristic decides, with low confidence. The table is bounded: when it is full, later records
 * are decided by ports at once.
 */
import { FlowDirection, type FlowRecord } from '../sources/record.js';
import { RESPONSE, STARTS_MEDIUM } from './initiator.js';

export const MAX_HELD_RECORDS = 200_000;

/** A record held back for pairing. */
export interface HeldRecord {
  record: FlowRecord;
  direction: FlowDirection;
  /** The port heuristic's verdict, used when pairing cannot decide. */
  fallback: number;
}

export interface Decided extends HeldRecord {
  start: number;
}

function address(v4: number, v6: string | undefined): string {
  return v6 ?? String(v4);
}

function key(r: FlowRecord, reverse: boolean): string {
  const [src, dst] = [address(r.src4, r.srcV6), address(r.dst4, r.dstV6)];
  return reverse
    ? `${r.interfaceIndex}|${dst}|${src}|${r.dstPort}|${r.srcPort}|${r.protocol}`
    : `${r.interfaceIndex}|${src}|${dst}|${r.srcPort}|${r.dstPort}|${r.protocol}`;
}

export class ReversePairing {
  private readonly held = new Map<string, HeldRecord>();
  /** Records decided by ports at once because the table was full. */
  overflowed = 0;

  /** Holds an accepted record back for pairing; false when the table is full. */
  hold(r: FlowRecord, direction: FlowDirection, fallback: number): boolean {
    const k = key(r, false);
    const known = this.held.get(k);
    if (known) {
      const h = known.record;
      h.count += r.count;
      h.packets += r.packets;
      h.bytes += r.bytes;
      if (r.start >= 0 && (h.start < 0 || r.start < h.start)) h.start = r.start;
      if (r.end > h.end) h.end = r.end;
      return true;
    }
    if (this.held.size >= MAX_HELD_RECORDS) {
      this.overflowed += r.count;
      return false;
    }
    this.held.set(k, { record: { ...r }, direction, fallback });
    return true;
  }

  /**
   * Hands the held records over, in the order they were first held, and empties the table: the
   * main thread pairs every thread's records together (a connection's two directions can be in
   * files that different threads read), see UsageCollector.adoptHeld.
   */
  takeHeld(): HeldRecord[] {
    const held = [...this.held.values()];
    this.held.clear();
    return held;
  }

  /** Decides every held record, in the order they were first held, and empties the table. */
  *resolve(): Generator<Decided> {
    for (const held of this.held.values()) {
      const reverse = this.held.get(key(held.record, true));
      let start = held.fallback;
      if (reverse && reverse !== held) {
        const mine = held.record.start;
        const theirs = reverse.record.start;
        if (mine >= 0 && theirs >= 0 && mine !== theirs) start = mine < theirs ? STARTS_MEDIUM : RESPONSE;
      }
      yield { ...held, start };
    }
    this.held.clear();
  }
}
