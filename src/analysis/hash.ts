/**
 * The slot of a 32-bit key in an open-addressing table of `mask + 1` slots (a power of two).
 * Multiplying by the golden ratio spreads nearby addresses; folding the high half down keeps every
 * bit of the key in the low bits the mask keeps, however large the table grows.
 */
export function slotOf(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}
