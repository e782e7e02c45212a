import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { top, TopList } from '../../src/analysis/top.js';

describe('TopList', () => {
  it('keeps what top keeps, in the same order, and builds values only for entries it keeps', () => {
    const key = fc.oneof(
      fc.integer({ min: -50, max: 50 }),
      fc.constantFrom('2001:db8::1', '2001:db8::2', 'fe80::1'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer({ min: 1, max: 5 }))),
        fc.integer({ min: 0, max: 12 }),
        (entries, n) => {
          const map = new Map<number | string, number>(entries);
          const list = new TopList<number | string, string>(n);
          let built = 0;
          for (const [k, count] of map)
            list.offer(k, count, () => {
              built++;
              return `value of ${k}`;
            });
          const kept = list.entries();
          expect(kept.map((e) => [e.key, e.count])).toEqual(n === 0 ? [] : top(map, n));
          expect(kept.map((e) => e.value)).toEqual(kept.map((e) => `value of ${e.key}`));
          expect(list.offered).toBe(map.size);
          // An entry is built when it enters; some are pushed out later, none is built twice.
          expect(built).toBeGreaterThanOrEqual(kept.length);
          expect(built).toBeLessThanOrEqual(map.size);
        },
      ),
      { numRuns: 500 },
    );
  });
});
