/**
 * The seeded randomness of a generated world. Everything random in a world comes from one
 * {@link Random}, so the same seed gives the same world byte for byte, on every machine.
 */

/** A small, fast, seeded generator (mulberry32): good enough spread for traffic, and portable. */
export class Random {
  private state: number;

  constructor(seed: number) {
    // A zero state would still work with mulberry32, but mixing the seed keeps seeds 1, 2, 3
    // from starting on near neighbours of one another.
    this.state = Math.imul(seed >>> 0, 0x9e3779b1) >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, every item as likely. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * One item, the first ones far more often than the last: real client populations have a few
   * heavy hitters and a long tail, and the analysis must count both right.
   */
  skewed<T>(items: readonly T[], power = 2.5): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(items.length * Math.pow(this.next(), power))] as T;
  }

  /** An item chosen by weight: `[[weight, item], …]`. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    const total = choices.reduce((sum, [w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [w, item] of choices) {
      if (x < w) return item;
      x -= w;
    }
    return (choices[choices.length - 1] as readonly [number, T])[1];
  }
}
