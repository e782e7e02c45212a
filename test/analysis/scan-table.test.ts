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
    expect(table.add(1, 10, true, 1)).toBe(true);
    expect(table.add(2, 10, true, 1)).toBe(true);
    expect(table.add(3, 10, true, 1)).toBe(false);
    expect(table.add(1, 11, false, 1)).toBe(true);
    expect(table.toMap().get(1)).toEqual({ ports: new Set([10, 11]), accepted: 1, rejected: 1 });
  });
});
