/**
 * The interface table is bounded: a log that names more interfaces than any account has (made-up
 * ids) stops adding them, and the records of the rest are read as having no interface.
 */
import { describe, expect, it } from 'vitest';
import { InterfaceTable, MAX_INTERFACES } from '../../src/sources/interfaces.js';

describe('the interface table', () => {
  it('keeps the first MAX_INTERFACES ids, reads later new ones as missing, and counts them', () => {
    const table = new InterfaceTable();
    const id = (i: number) => `eni-${i.toString(16).padStart(17, '0')}`;
    let misplaced = 0;
    for (let i = 0; i < MAX_INTERFACES; i++) if (table.add(id(i)) !== i) misplaced++;
    expect(misplaced).toBe(0);
    expect(table.add(id(MAX_INTERFACES))).toBe(-1);
    expect(table.add(id(MAX_INTERFACES + 1))).toBe(-1);
    // Known ids still resolve once the table is full.
    expect(table.add(id(12345))).toBe(12345);
    expect(table.size).toBe(MAX_INTERFACES);
    expect(table.overflowed).toBe(2);
  });
});
