/**
 * Counting distinct remote addresses in bounded memory: exact up to a cap, then a HyperLogLog
 * estimate. Both halves merge, so worker threads can count separately and add up after.
 */

const REGISTER_BITS = 12;
const REGISTERS = 1 << REGISTER_BITS;

/** A 32-bit mix of a peer key (IPv4 number or IPv6 text). */
export function hashPeer(key: number | string): number {
  let h: number;
  if (typeof key === 'number') {
    h = Math.imul(key ^ (key >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return (h ^ (h >>> 16)) >>> 0;
  }
  h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function newRegisters(): Uint8Array {
  return new Uint8Array(REGISTERS);
}

export function addToRegisters(registers: Uint8Array, key: number | string): void {
  const h = hashPeer(key);
  const index = h >>> (32 - REGISTER_BITS);
  const rest = (h << REGISTER_BITS) >>> 0;
  const rank = rest === 0 ? 32 - REGISTER_BITS + 1 : Math.clz32(rest) + 1;
  if (rank > (registers[index] as number)) registers[index] = rank;
}

export function mergeRegisters(into: Uint8Array, from: Uint8Array): void {
  for (let i = 0; i < REGISTERS; i++)
    if ((from[i] as number) > (into[i] as number)) into[i] = from[i] as number;
}

export function estimateRegisters(registers: Uint8Array): number {
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < REGISTERS; i++) {
    const r = registers[i] as number;
    sum += 2 ** -r;
    if (r === 0) zeros++;
  }
  const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
  const raw = (alpha * REGISTERS * REGISTERS) / sum;
  // Small ranges: linear counting is more accurate.
  if (raw <= 2.5 * REGISTERS && zeros > 0) return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
  return Math.round(raw);
}
