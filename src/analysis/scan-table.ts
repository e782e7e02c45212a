/**
 * Inbound connection attempts per remote IPv4 address: the local ports each one tried, and how
 * many were accepted and rejected. Every inbound record touches this table, so it is an
 * open-addressing hash table in one Float64Array (key, port, accepted, rejected side by side: one
 * cache line per lookup) rather than a Map of objects; a source keeps up to two ports inline and
 * moves to a Set only when it tries a third one (web clients use 80 and 443; scanners use many).
 *
 * A slot also counts the flows of the first rule credited for the source's connections: the
 * rule's per-peer count would otherwise be a second lookup, in a second large table, for the same
 * address (an internet-facing rule has as many peers as the internet has clients). Other rules of
 * the same source count in their own tables; the collector joins both when it hands over.
 */
import { slotOf } from './hash.js';
import type { ScanState } from './usage.js';

const STRIDE = 7;
const EMPTY = 0;
const MULTI = -1;

export class ScanTable {
  private capacity = 1 << 16;
  /**
   * Per slot: key; first port + 1 (0 empty, MULTI when the ports are in `multi`); accepted;
   * rejected; second port + 1 (0 while there is one), or with MULTI the last port + 1: a source
   * that uses several ports goes on using mostly one, and that one needs no Set lookup; the
   * index + 1 of the first rule credited for the source (0 none) and its flows.
   */
  private slots = new Float64Array(this.capacity * STRIDE);
  private readonly multi = new Map<number, Set<number>>();
  size = 0;

  constructor(private readonly limit: number) {}

  /**
   * Records an attempt and returns the source's slot (for {@link creditRule}); -1 when the table
   * is full and the source is new (the caller notes the truncation).
   */
  add(key: number, port: number, accepted: boolean, count: number): number {
    const mask = this.capacity - 1;
    const slots = this.slots;
    const stamp = port + 1;
    let slot = slotOf(key, mask);
    let at = slot * STRIDE;
    for (; ; slot = (slot + 1) & mask, at = slot * STRIDE) {
      const first = slots[at + 1] as number;
      if (first === EMPTY) break;
      if (slots[at] !== key) continue;
      const second = slots[at + 4] as number;
      if (first === MULTI) {
        if (second !== stamp) {
          this.multi.get(key)?.add(port);
          slots[at + 4] = stamp;
        }
      } else if (first !== stamp && second !== stamp) {
        if (second === EMPTY) slots[at + 4] = stamp;
        else {
          this.multi.set(key, new Set([first - 1, second - 1, port]));
          slots[at + 1] = MULTI;
          slots[at + 4] = stamp;
        }
      }
      (slots[accepted ? at + 2 : at + 3] as number) += count;
      return at;
    }
    if (this.size >= this.limit) return -1;
    slots[at] = key;
    slots[at + 1] = stamp;
    slots[at + 2] = accepted ? count : 0;
    slots[at + 3] = accepted ? 0 : count;
    slots[at + 4] = EMPTY;
    slots[at + 5] = 0;
    slots[at + 6] = 0;
    if (++this.size * 2 > this.capacity) {
      this.grow();
      // The slot moved: find it again.
      return this.find(key);
    }
    return at;
  }

  /**
   * Counts `count` flows of rule `rule` from the source in slot `at` (as returned by the last
   * {@link add}), when the slot has no rule yet or this one; false when it counts another rule.
   */
  creditRule(at: number, rule: number, count: number): boolean {
    const slots = this.slots;
    const stored = slots[at + 5] as number;
    if (stored === rule + 1) {
      (slots[at + 6] as number) += count;
      return true;
    }
    if (stored !== 0) return false;
    slots[at + 5] = rule + 1;
    slots[at + 6] = count;
    return true;
  }

  /** Calls `fn` for every source with rule flows counted here. */
  forEachRulePeer(fn: (rule: number, key: number, flows: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += STRIDE) {
      const rule = slots[at + 5] as number;
      if (slots[at + 1] !== EMPTY && rule > 0) fn(rule - 1, slots[at] as number, slots[at + 6] as number);
    }
  }

  private find(key: number): number {
    const mask = this.capacity - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      if (this.slots[at] === key && this.slots[at + 1] !== EMPTY) return at;
    }
  }

  /** The table as a Map (for merging across threads and for the findings). */
  toMap(): Map<number, ScanState> {
    const out = new Map<number, ScanState>();
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += STRIDE) {
      const stored = slots[at + 1] as number;
      if (stored === EMPTY) continue;
      const key = slots[at] as number;
      const second = slots[at + 4] as number;
      out.set(key, {
        ports:
          stored === MULTI
            ? (this.multi.get(key) as Set<number>)
            : second === EMPTY
              ? stored - 1
              : new Set([stored - 1, second - 1]),
        accepted: slots[at + 2] as number,
        rejected: slots[at + 3] as number,
      });
    }
    return out;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Float64Array(this.capacity * STRIDE);
    const mask = this.capacity - 1;
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + 1] === EMPTY) continue;
      let slot = slotOf(old[from] as number, mask);
      while (this.slots[slot * STRIDE + 1] !== EMPTY) slot = (slot + 1) & mask;
      this.slots.set(old.subarray(from, from + STRIDE), slot * STRIDE);
    }
  }
}
