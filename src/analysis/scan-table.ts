/**
 * Inbound connection attempts per remote IPv4 address: the local ports each one tried, and how
 * many were accepted and rejected. Every inbound record touches this table, so it is an
 * open-addressing hash table over typed arrays rather than a Map of objects; a source keeps its
 * one port inline and moves to a Set only when it tries a second one.
 */
import type { ScanState } from './usage.js';

const EMPTY = 0;
const MULTI = -1;

import { slotOf } from './hash.js';

export class ScanTable {
  private capacity = 1 << 16;
  private keys = new Int32Array(this.capacity);
  /** 0 empty; port + 1 for a single port; MULTI when the ports are in `multi`. */
  private ports = new Int32Array(this.capacity);
  private accepted = new Float64Array(this.capacity);
  private rejected = new Float64Array(this.capacity);
  private readonly multi = new Map<number, Set<number>>();
  size = 0;

  constructor(private readonly limit: number) {}

  /** Records an attempt; false when the table is full (the caller notes the truncation). */
  add(key: number, port: number, accepted: boolean, count: number): boolean {
    const mask = this.capacity - 1;
    let slot = slotOf(key, mask);
    for (; ; slot = (slot + 1) & mask) {
      const stored = this.ports[slot] as number;
      if (stored === EMPTY) break;
      if (this.keys[slot] !== key) continue;
      if (stored !== MULTI && stored !== port + 1) {
        this.multi.set(key, new Set([stored - 1, port]));
        this.ports[slot] = MULTI;
      } else if (stored === MULTI) {
        this.multi.get(key)?.add(port);
      }
      if (accepted) (this.accepted[slot] as number) += count;
      else (this.rejected[slot] as number) += count;
      return true;
    }
    if (this.size >= this.limit) return false;
    this.keys[slot] = key;
    this.ports[slot] = port + 1;
    this.accepted[slot] = accepted ? count : 0;
    this.rejected[slot] = accepted ? 0 : count;
    if (++this.size * 2 > this.capacity) this.grow();
    return true;
  }

  /** The table as a Map (for merging across threads and for the findings). */
  toMap(): Map<number, ScanState> {
    const out = new Map<number, ScanState>();
    for (let slot = 0; slot < this.capacity; slot++) {
      const stored = this.ports[slot] as number;
      if (stored === EMPTY) continue;
      const key = this.keys[slot] as number;
      out.set(key, {
        ports: stored === MULTI ? (this.multi.get(key) as Set<number>) : stored - 1,
        accepted: this.accepted[slot] as number,
        rejected: this.rejected[slot] as number,
      });
    }
    return out;
  }

  private grow(): void {
    const [keys, ports, accepted, rejected] = [this.keys, this.ports, this.accepted, this.rejected];
    this.capacity *= 2;
    this.keys = new Int32Array(this.capacity);
    this.ports = new Int32Array(this.capacity);
    this.accepted = new Float64Array(this.capacity);
    this.rejected = new Float64Array(this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < ports.length; i++) {
      if (ports[i] === EMPTY) continue;
      const key = keys[i] as number;
      let slot = slotOf(key, mask);
      while (this.ports[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.ports[slot] = ports[i] as number;
      this.accepted[slot] = accepted[i] as number;
      this.rejected[slot] = rejected[i] as number;
    }
  }
}
