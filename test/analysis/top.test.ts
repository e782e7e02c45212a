import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { top } from '../../src/analysis/report.js';

describe('top', () => {
  it('gives what sorting every entry (count down, then numbers up, then strings up) and cutting would give', () => {
    const key = fc.oneof(
      fc.integer({ min: -50, max: 50 }),
      fc.constantFrom('2001:db8::1', '2001:db8::2', 'fe80::1'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer({ min: 1, max: 5 }))),
        fc.integer({ min: 1, max: 12 }),
        (entries, n) => {
          const map = new Map<number | string, number>(entries);
          const sorted = [...map]
            .sort(
              (a, b) =>
                b[1] - a[1] ||
                (typeof a[0] !== typeof b[0]
                  ? typeof a[0] === 'number'
                    ? -1
                    : 1
                  : a[0] < b[0]
                    ? -1
                    : a[0] > b[0]
                      ? 1
                      : 0),
            )
            .slice(0, n);
          expect(top(map, n)).toEqual(sorted);
        },
      ),
      { numRuns: 500 },
    );
  });
});
