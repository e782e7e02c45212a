/**
 * Inbound connection attempts per remote IPv4 address: the local ports each one tried, and how
 * many were accepted and rejected. Every inbound record touches this table, and an account's
 * internet-facing interfaces see as many sources as the internet has clients, so the table is
 * built for the cache: an open-addressing hash table in one Int32Array, 32 bytes a source (two
 * to a cache line), rather than a Map of objects. A source keeps up to two ports inline and moves
 * to a Set only when it tries a third one (web clients use 80 and 443; scanners use many).
 *
 * A slot also counts the flows of the first rule credited for the source's connections: the
 * rule's per-peer count would otherwise be a second lookup, in a second large table, for the same
 * address. Other rules of the same source count in their own tables; the collector joins both
 * when it hands over.
 */
import { slotOf } from './hash.js';
import type { ScanState } from './usage.js';

/**
 * Per slot: key (the address as a signed 32-bit integer); first port + 1 (0 for an empty slot,
 * MULTI when the ports are in `multi`); second port + 1 (0 while there is one), or with MULTI the
 * last port + 1 (a source that uses several ports goes on using mostly one, and that one needs
 * no Set lookup); index + 1 of the first credited rule (0 none); then three unsigned 32-bit
 * counts: accepted, rejected, and the rule's flows. Counts beyond 32 bits carry into `high`.
 */
const STRIDE = 8;
const KEY = 0;
const FIRST = 1;
const SECOND = 2;
const RULE = 3;
const ACCEPTED = 4;
const REJECTED = 5;
const RULE_FLOWS = 6;
/**
 * The subnet (index + 1, 0 unknown) the source was first seen in, or MULTI once a source that
 * tries several ports was seen in more than one (then the subnets are in `subnets`). A network
 * ACL deny entry for a scanner goes on the subnets it reached; only sources with many ports can be
 * scanners, so only they pay for a set.
 */
const SUBNET = 7;
const EMPTY = 0;
const MULTI = -1;
const TWO_32 = 2 ** 32;

/** A table's contents as plain data, for another thread (see {@link ScanTable.state}). */
export interface ScanTableState {
  slots: Int32Array;
  multi: Map<number, Set<number>>;
  high: Map<number, [number, number, number]>;
  subnets: Map<number, Set<number>>;
}

/** The subnet indices of the (used) slot at `at`. */
function subnetsAt(table: ScanTableState, at: number): number[] {
  const stamp = table.slots[at + SUBNET] as number;
  if (stamp === MULTI) return [...(table.subnets.get(table.slots[at + KEY] as number) as Set<number>)];
  return stamp === EMPTY ? [] : [stamp - 1];
}

/** The count in `field` of the slot at `at`: its low 32 bits in the slot, the rest in `high`. */
function countAt(table: ScanTableState, at: number, field: number): number {
  const low = (table.slots[at + field] as number) >>> 0;
  const high = table.high.size > 0 ? table.high.get(table.slots[at + KEY] as number) : undefined;
  return low + (high ? (high[field - ACCEPTED] as number) : 0);
}

/** The ports of the (used) slot at `at`: one port, or the set of them, in the order tried. */
function portsAt(table: ScanTableState, at: number): number | Set<number> {
  const first = table.slots[at + FIRST] as number;
  const second = table.slots[at + SECOND] as number;
  if (first === MULTI) return table.multi.get(table.slots[at + KEY] as number) as Set<number>;
  return second === EMPTY ? first - 1 : new Set([first - 1, second - 1]);
}

/** How many ports the (used) slot at `at` holds, without building a set. */
function portCountAt(table: ScanTableState, at: number): number {
  const first = table.slots[at + FIRST] as number;
  if (first === MULTI) return (table.multi.get(table.slots[at + KEY] as number) as Set<number>).size;
  return table.slots[at + SECOND] === EMPTY ? 1 : 2;
}

export class ScanTable {
  private capacity = 1 << 16;
  private slots = new Int32Array(this.capacity * STRIDE);
  private readonly multi = new Map<number, Set<number>>();
  /** The parts of counts beyond 32 bits, by source: [accepted, rejected, rule flows]. */
  private readonly high = new Map<number, [number, number, number]>();
  private readonly subnets = new Map<number, Set<number>>();
  size = 0;

  constructor(private readonly limit: number) {}

  /**
   * Records an attempt and returns the source's slot (for {@link creditRule}); -1 when the table
   * is full and the source is new (the caller notes the truncation).
   */
  add(key: number, port: number, accepted: boolean, count: number, subnet = -1): number {
    const mask = this.capacity - 1;
    const slots = this.slots;
    const stamp = port + 1;
    let slot = slotOf(key, mask);
    let at = slot * STRIDE;
    for (; ; slot = (slot + 1) & mask, at = slot * STRIDE) {
      const first = slots[at + FIRST] as number;
      if (first === EMPTY) break;
      if (slots[at + KEY] !== key) continue;
      const second = slots[at + SECOND] as number;
      if (first === MULTI) {
        if (second !== stamp) {
          this.multi.get(key)?.add(port);
          slots[at + SECOND] = stamp;
        }
        if (slots[at + SUBNET] !== subnet + 1 && subnet >= 0) this.addSubnet(at, key, subnet);
      } else if (first !== stamp && second !== stamp) {
        if (second === EMPTY) slots[at + SECOND] = stamp;
        else {
          this.multi.set(key, new Set([first - 1, second - 1, port]));
          slots[at + FIRST] = MULTI;
          slots[at + SECOND] = stamp;
          if (slots[at + SUBNET] !== subnet + 1 && subnet >= 0) this.addSubnet(at, key, subnet);
        }
      }
      this.count(at, accepted ? ACCEPTED : REJECTED, count);
      return at;
    }
    if (this.size >= this.limit) return -1;
    slots[at + KEY] = key;
    slots[at + FIRST] = stamp;
    slots[at + SECOND] = EMPTY;
    slots[at + SUBNET] = subnet + 1;
    slots[at + RULE] = 0;
    slots[at + ACCEPTED] = 0;
    slots[at + REJECTED] = 0;
    slots[at + RULE_FLOWS] = 0;
    this.count(at, accepted ? ACCEPTED : REJECTED, count);
    if (++this.size * 2 > this.capacity) {
      this.grow();
      // The slot moved: find it again.
      return this.find(key);
    }
    return at;
  }

  /** Notes one more subnet of a source that tries several ports (see SUBNET). */
  private addSubnet(at: number, key: number, subnet: number): void {
    const stamp = this.slots[at + SUBNET] as number;
    if (stamp === MULTI) (this.subnets.get(key) as Set<number>).add(subnet);
    else if (stamp === EMPTY) this.slots[at + SUBNET] = subnet + 1;
    else {
      this.subnets.set(key, new Set([stamp - 1, subnet]));
      this.slots[at + SUBNET] = MULTI;
    }
  }

  /** The local ports a source tried, or undefined when it is not in the table. */
  portsOf(key: number): number | Set<number> | undefined {
    const at = this.lookup(key);
    return at < 0 ? undefined : portsAt(this.state(), at);
  }

  /** The subnets (indices) a source was seen in; see SUBNET for what is tracked. */
  subnetsOf(key: number): number[] {
    const at = this.lookup(key);
    return at < 0 ? [] : subnetsAt(this.state(), at);
  }

  /** The slot of a source, -1 when it is not in the table. */
  private lookup(key: number): number {
    const mask = this.capacity - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      if (this.slots[at + FIRST] === EMPTY) return -1;
      if (this.slots[at + KEY] === key) return at;
    }
  }

  /**
   * Counts `count` flows of rule `rule` from the source in slot `at` (as returned by the last
   * {@link add}), when the slot has no rule yet or this one; false when it counts another rule.
   */
  creditRule(at: number, rule: number, count: number): boolean {
    const stored = this.slots[at + RULE] as number;
    if (stored !== rule + 1) {
      if (stored !== 0) return false;
      this.slots[at + RULE] = rule + 1;
    }
    this.count(at, RULE_FLOWS, count);
    return true;
  }

  /** Calls `fn` for every source with rule flows counted here. */
  forEachRulePeer(fn: (rule: number, key: number, flows: number) => void): void {
    const slots = this.slots;
    const table = this.state();
    for (let at = 0; at < slots.length; at += STRIDE) {
      const rule = slots[at + RULE] as number;
      if (slots[at + FIRST] !== EMPTY && rule > 0)
        fn(rule - 1, slots[at + KEY] as number, countAt(table, at, RULE_FLOWS));
    }
  }

  /**
   * The contents as plain data: what the slot readers above take, and what moves to another
   * thread (the table is done with after that).
   */
  state(): ScanTableState {
    return { slots: this.slots, multi: this.multi, high: this.high, subnets: this.subnets };
  }

  /**
   * Adds another thread's table (from {@link state}): ports joined, counts added. A source's
   * rule flows go into its slot here when the slot counts the same rule or none; otherwise to
   * `otherRule`, as flows of a rule that is not the source's first. Returns false when sources
   * were left out because the table reached its limit.
   */
  absorb(from: ScanTableState, otherRule: (rule: number, key: number, flows: number) => void): boolean {
    const slots = from.slots;
    let whole = true;
    for (let f = 0; f < slots.length; f += STRIDE) {
      if (slots[f + FIRST] === EMPTY) continue;
      const key = slots[f + KEY] as number;
      const ports = portsAt(from, f);
      let at = -1;
      const subnets = subnetsAt(from, f);
      for (const port of typeof ports === 'number' ? [ports] : ports)
        at = this.add(key, port, true, 0, subnets[0]);
      if (at < 0) {
        whole = false;
        continue;
      }
      for (const subnet of subnets.slice(1)) this.addSubnet(at, key, subnet);
      this.count(at, ACCEPTED, countAt(from, f, ACCEPTED));
      this.count(at, REJECTED, countAt(from, f, REJECTED));
      const rule = slots[f + RULE] as number;
      if (rule === 0) continue;
      const flows = countAt(from, f, RULE_FLOWS);
      if (!this.creditRule(at, rule - 1, flows)) otherRule(rule - 1, key, flows);
    }
    return whole;
  }

  /**
   * Calls `fn` for every source: its accepted and rejected attempts and how many local ports it
   * tried. Builds no set or object per source, for the per-source traffic list of the report.
   */
  forEachSource(fn: (key: number, accepted: number, rejected: number, ports: number) => void): void {
    const slots = this.slots;
    const table = this.state();
    for (let at = 0; at < slots.length; at += STRIDE) {
      if (slots[at + FIRST] === EMPTY) continue;
      fn(
        slots[at + KEY] as number,
        countAt(table, at, ACCEPTED),
        countAt(table, at, REJECTED),
        portCountAt(table, at),
      );
    }
  }

  /** The sources that tried at least `minPorts` ports (all by default), as a Map. */
  toMap(minPorts = 0): Map<number, ScanState> {
    const out = new Map<number, ScanState>();
    const slots = this.slots;
    const table = this.state();
    for (let at = 0; at < slots.length; at += STRIDE) {
      if (slots[at + FIRST] === EMPTY || portCountAt(table, at) < minPorts) continue;
      out.set(slots[at + KEY] as number, {
        ports: portsAt(table, at),
        accepted: countAt(table, at, ACCEPTED),
        rejected: countAt(table, at, REJECTED),
      });
    }
    return out;
  }

  private count(at: number, field: number, count: number): void {
    const total = ((this.slots[at + field] as number) >>> 0) + count;
    if (total < TWO_32) {
      this.slots[at + field] = total;
      return;
    }
    // Beyond 32 bits (billions of records from one address): the whole 2^32s go to `high`.
    const key = this.slots[at + KEY] as number;
    let high = this.high.get(key);
    if (high === undefined) this.high.set(key, (high = [0, 0, 0]));
    const carried = Math.floor(total / TWO_32) * TWO_32;
    high[field - ACCEPTED] = (high[field - ACCEPTED] as number) + carried;
    this.slots[at + field] = total - carried;
  }

  private find(key: number): number {
    const mask = this.capacity - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      if (this.slots[at + KEY] === key && this.slots[at + FIRST] !== EMPTY) return at;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * STRIDE);
    const mask = this.capacity - 1;
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + FIRST] === EMPTY) continue;
      let slot = slotOf(old[from + KEY] as number, mask);
      while (this.slots[slot * STRIDE + FIRST] !== EMPTY) slot = (slot + 1) & mask;
      this.slots.set(old.subarray(from, from + STRIDE), slot * STRIDE);
    }
  }
}
