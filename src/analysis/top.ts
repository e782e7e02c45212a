/**
 * The busiest entries of a large count table, without sorting it: a rule open to the internet has
 * hundreds of thousands of peers, and an internet-facing account as many inbound sources.
 */

/**
 * Higher count first, then the lower key (numbers, such as IPv4 keys, before strings, such as
 * IPv6 ones): the same list whatever order the map was filled in.
 */
export function ranksBefore<K extends number | string>(a: [K, number], b: [K, number]): boolean {
  return keyRanksBefore(a[0], a[1], b[0], b[1]);
}

/** {@link ranksBefore} on keys and counts apart (no pair built per comparison). */
function keyRanksBefore(x: number | string, xCount: number, y: number | string, yCount: number): boolean {
  if (xCount !== yCount) return xCount > yCount;
  if (typeof x === typeof y) return x < y;
  return typeof x === 'number';
}

/**
 * The `n` entries with the highest counts, in order. One pass that keeps the best `n` so far:
 * a rule open to the internet has hundreds of thousands of peers, and sorting them all for ten
 * was the slowest step of the report.
 */
export function top<K extends number | string>(map: Map<K, number>, n: number): [K, number][] {
  const best: [K, number][] = [];
  for (const entry of map) {
    if (best.length === n && !ranksBefore(entry, best[n - 1] as [K, number])) continue;
    let i = best.length === n ? n - 1 : best.length;
    while (i > 0 && ranksBefore(entry, best[i - 1] as [K, number])) {
      best[i] = best[i - 1] as [K, number];
      i--;
    }
    best[i] = entry;
  }
  return best;
}

/** One kept entry of a {@link TopList}: its key, the count it is ranked by, and what it carries. */
export interface Ranked<K extends number | string, V> {
  key: K;
  count: number;
  value: V;
}

/**
 * {@link top} for entries offered one at a time that carry more than their count (a source's
 * accepted and rejected attempts, its ports), in the same order. The value is built only for an
 * entry that is kept, so a million offers cost a comparison each.
 */
export class TopList<K extends number | string, V> {
  private readonly best: Ranked<K, V>[] = [];
  /** How many entries were offered, kept or not. */
  offered = 0;

  constructor(private readonly n: number) {}

  offer(key: K, count: number, value: () => V): void {
    this.offered++;
    const best = this.best;
    const n = this.n;
    if (n <= 0) return;
    const last = best[n - 1];
    if (last !== undefined && !keyRanksBefore(key, count, last.key, last.count)) return;
    let i = best.length === n ? n - 1 : best.length;
    while (i > 0) {
      const before = best[i - 1] as Ranked<K, V>;
      if (!keyRanksBefore(key, count, before.key, before.count)) break;
      best[i] = before;
      i--;
    }
    best[i] = { key, count, value: value() };
  }

  /** The kept entries, best first. */
  entries(): readonly Ranked<K, V>[] {
    return this.best;
  }
}
