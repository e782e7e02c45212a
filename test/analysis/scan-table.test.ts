import { describe, expect, it } from 'vitest';
import { ScanTable } from '../../src/analysis/scan-table.js';

describe('the port-scan table', () => {
  it('keeps every source, its distinct ports and its counts through growth', () => {
    const table = new ScanTable(1_000_000);
    // 200,000 sources (several growths), each trying ports 443 and, for every tenth, 80 and 22.
    for (let i = 0; i < 200_000; i++) {
      const key = (i * 2654435761) | 0;
      table.add(key, 443, true, 1);
      table.add(key, 443, true, 2);
      if (i % 10 === 0) {
        table.add(key, 80, false, 1);
        table.add(key, 443, true, 1);
        table.add(key, 22, false, 1);
      }
    }
    const map = table.toMap();
    expect(map.size).toBe(200_000);
    expect(map.get(0)).toEqual({ ports: new Set([443, 80, 22]), accepted: 4, rejected: 2 });
    const plain = map.get((1 * 2654435761) | 0);
    expect(plain).toEqual({ ports: 443, accepted: 3, rejected: 0 });
  });

  it('refuses new sources beyond its limit and keeps counting the known ones', () => {
    const table = new ScanTable(2);
    expect(table.add(1, 10, true, 1)).toBeGreaterThanOrEqual(0);
    expect(table.add(2, 10, true, 1)).toBeGreaterThanOrEqual(0);
    expect(table.add(3, 10, true, 1)).toBe(-1);
    expect(table.add(1, 11, false, 1)).toBeGreaterThanOrEqual(0);
    expect(table.toMap().get(1)).toEqual({ ports: new Set([10, 11]), accepted: 1, rejected: 1 });
  });

  it('counts the first rule credited per source in its slot, through growth, and refuses a second', () => {
    const table = new ScanTable(1_000_000);
    const expected = new Map<number, number>();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 100_000; i++) {
        const key = (i * 2654435761) | 0;
        const slot = table.add(key, 443, true, 1);
        // Rule 7 for even sources, rule 3 for odd ones; rule 5 never gets a slot that is taken.
        expect(table.creditRule(slot, i % 2 === 0 ? 7 : 3, 2)).toBe(true);
        expect(table.creditRule(slot, 5, 1)).toBe(false);
        expected.set(key, (expected.get(key) ?? 0) + 2);
      }
    }
    const seen = new Map<number, [number, number]>();
    table.forEachRulePeer((rule, key, flows) => seen.set(key, [rule, flows]));
    expect(seen.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 997) {
      const key = (i * 2654435761) | 0;
      expect(seen.get(key)).toEqual([i % 2 === 0 ? 7 : 3, 6]);
    }
  });

  it('keeps counts beyond 32 bits exact (aggregated rows can carry billions of records)', () => {
    const table = new ScanTable(10);
    const slot = table.add(-5, 22, true, 2 ** 32 - 1);
    table.add(-5, 22, true, 5);
    table.add(-5, 22, false, 3 * 2 ** 32 + 7);
    expect(table.creditRule(slot, 0, 2 ** 33)).toBe(true);
    expect(table.creditRule(slot, 0, 1)).toBe(true);
    expect(table.toMap().get(-5)).toEqual({ ports: 22, accepted: 2 ** 32 + 4, rejected: 3 * 2 ** 32 + 7 });
    const peers: [number, number, number][] = [];
    table.forEachRulePeer((rule, key, flows) => peers.push([rule, key, flows]));
    expect(peers).toEqual([[0, -5, 2 ** 33 + 1]]);
  });
});
