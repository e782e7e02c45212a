/**
 * Counts per IPv4 address (as a signed 32-bit key) in an open-addressing hash table: the
 * per-rule peer counts are updated for every connection start, and a Map of boxed numbers costs
 * several times more per update. Key and count share one Float64Array, so that a lookup touches
 * one cache line; a slot is in use when its count is above zero (every add counts at least 1).
 */
import { slotOf } from './hash.js';

/** A table's contents as plain data, for another thread (see {@link CountTable.state}). */
export interface CountTableState {
  /** [key, count] per slot; a slot is empty when its count is 0. */
  slots: Float64Array;
}

export class CountTable {
  private capacity = 16;
  /** [key, count] per slot. */
  private slots = new Float64Array(this.capacity * 2);
  size = 0;

  /** Adds to a key's count when the key is present or there is room under `limit`; false otherwise. */
  add(key: number, count: number, limit: number): boolean {
    const mask = this.capacity - 1;
    const slots = this.slots;
    let slot = slotOf(key, mask);
    for (; (slots[slot * 2 + 1] as number) > 0; slot = (slot + 1) & mask) {
      if (slots[slot * 2] === key) {
        (slots[slot * 2 + 1] as number) += count;
        return true;
      }
    }
    if (this.size >= limit) return false;
    slots[slot * 2] = key;
    slots[slot * 2 + 1] = count;
    if (++this.size * 2 > this.capacity) this.grow();
    return true;
  }

  has(key: number): boolean {
    const mask = this.capacity - 1;
    for (let slot = slotOf(key, mask); (this.slots[slot * 2 + 1] as number) > 0; slot = (slot + 1) & mask) {
      if (this.slots[slot * 2] === key) return true;
    }
    return false;
  }

  /** The keys and counts as a Map, in slot order. */
  toMap(): Map<number, number> {
    const out = new Map<number, number>();
    this.forEach((key, count) => out.set(key, count));
    return out;
  }

  /** Calls `fn` for every key and count, in slot order. */
  forEach(fn: (key: number, count: number) => void): void {
    for (let slot = 0; slot < this.capacity; slot++) {
      const count = this.slots[slot * 2 + 1] as number;
      if (count > 0) fn(this.slots[slot * 2] as number, count);
    }
  }

  /** The contents as plain data, to move to another thread (the table is done with after). */
  state(): CountTableState {
    return { slots: this.slots };
  }

  /** Adds another table's counts (from {@link state}), whatever the size. */
  absorb(from: CountTableState): void {
    const slots = from.slots;
    for (let i = 0; i < slots.length; i += 2) {
      const count = slots[i + 1] as number;
      if (count > 0) this.add(slots[i] as number, count, Infinity);
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Float64Array(this.capacity * 2);
    const mask = this.capacity - 1;
    for (let i = 0; i < old.length; i += 2) {
      const count = old[i + 1] as number;
      if (count <= 0) continue;
      const key = old[i] as number;
      let slot = slotOf(key, mask);
      while ((this.slots[slot * 2 + 1] as number) > 0) slot = (slot + 1) & mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = count;
    }
  }
}
