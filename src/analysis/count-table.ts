/**
 * Counts per IPv4 address (as a signed 32-bit key) in an open-addressing hash table of typed
 * arrays: the per-rule peer counts are updated for every connection start, and a Map of boxed
 * numbers costs several times more per update.
 */
import { slotOf } from './hash.js';

export class CountTable {
  private capacity = 16;
  private keys = new Int32Array(this.capacity);
  private counts = new Float64Array(this.capacity);
  /** Slots in use are marked here, since 0 is a valid key (0.0.0.0). */
  private used = new Uint8Array(this.capacity);
  size = 0;

  /** Adds to a key's count when the key is present or there is room under `limit`; false otherwise. */
  add(key: number, count: number, limit: number): boolean {
    const mask = this.capacity - 1;
    let slot = slotOf(key, mask);
    for (; this.used[slot] === 1; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) {
        (this.counts[slot] as number) += count;
        return true;
      }
    }
    if (this.size >= limit) return false;
    this.keys[slot] = key;
    this.counts[slot] = count;
    this.used[slot] = 1;
    if (++this.size * 2 > this.capacity) this.grow();
    return true;
  }

  has(key: number): boolean {
    const mask = this.capacity - 1;
    for (
      let slot = slotOf(key, mask);
      this.used[slot] === 1;
      slot = (slot + 1) & mask
    ) {
      if (this.keys[slot] === key) return true;
    }
    return false;
  }

  /** Calls `fn` for every key and count, in slot order. */
  forEach(fn: (key: number, count: number) => void): void {
    for (let slot = 0; slot < this.capacity; slot++) {
      if (this.used[slot] === 1) fn(this.keys[slot] as number, this.counts[slot] as number);
    }
  }

  private grow(): void {
    const [keys, counts, used] = [this.keys, this.counts, this.used];
    this.capacity *= 2;
    this.keys = new Int32Array(this.capacity);
    this.counts = new Float64Array(this.capacity);
    this.used = new Uint8Array(this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < used.length; i++) {
      if (used[i] !== 1) continue;
      const key = keys[i] as number;
      let slot = slotOf(key, mask);
      while (this.used[slot] === 1) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.counts[slot] = counts[i] as number;
      this.used[slot] = 1;
    }
  }
}
