/**
 * Interns interface ids (`eni-…`) read from bytes into small integers, so the parser can name an
 * interface without allocating a string for every record.
 *
 * Ids are found by two independent 32-bit hashes plus the length (an open-addressing table of
 * typed arrays), computed four bytes at a time (the WebAssembly scanner, wasm/lines.wat, computes
 * the same ones, see {@link hashId}); with 64 bits of hash, two
 * different ids of one account colliding is far less likely than a disk error, and the table
 * still compares the bytes when it first stores an id, so a collision would show as an error.
 */
export const HASH1_OFFSET = 0x811c9dc5;
export const HASH1_PRIME = 0x01000193;
export const HASH2_OFFSET = 0x12345;
export const HASH2_PRIME = 0x5bd1e995;

const hashes = new Int32Array(2);

/**
 * The two hashes of the id in `buf[start, end)`, into `out`: little-endian 32-bit words, the last
 * one padded with zeros, each mixed into an FNV-style and a Murmur-style hash with a shift that
 * brings high bits down. Only the table compares them, so they may change with the scanner.
 */
export function hashId(buf: Uint8Array, start: number, end: number, out: Int32Array): void {
  let h1 = HASH1_OFFSET;
  let h2 = HASH2_OFFSET;
  for (let i = start; i < end; i += 4) {
    const w =
      (buf[i] as number) |
      (i + 1 < end ? (buf[i + 1] as number) << 8 : 0) |
      (i + 2 < end ? (buf[i + 2] as number) << 16 : 0) |
      (i + 3 < end ? (buf[i + 3] as number) << 24 : 0);
    h1 = Math.imul(h1 ^ w, HASH1_PRIME);
    h1 ^= h1 >>> 15;
    h2 = Math.imul(h2 + w, HASH2_PRIME);
    h2 ^= h2 >>> 13;
  }
  out[0] = h1;
  out[1] = h2;
}

/**
 * The most interface ids a run keeps: an organisation's largest accounts have tens of thousands of
 * interfaces; a log naming more is made up, and must not grow memory without bound.
 */
export const MAX_INTERFACES = 1_000_000;

export class InterfaceTable {
  private readonly ids: string[] = [];
  /** The same ids, for the collision check (a list search made a million ids take an hour). */
  private readonly known = new Set<string>();
  /** Records' ids not interned because the table was full (a hostile log of made-up ids). */
  overflowed = 0;
  private capacity = 1024;
  private keys1 = new Int32Array(this.capacity);
  private keys2 = new Int32Array(this.capacity);
  private lengths = new Int32Array(this.capacity);
  /** Index + 1 of the id in the slot; 0 for an empty slot. */
  private values = new Int32Array(this.capacity);

  /** Adds an id (e.g. from the inventory) and returns its index; an existing id keeps its index. */
  add(id: string): number {
    const buf = Buffer.from(id, 'latin1');
    return this.intern(buf, 0, buf.length);
  }

  /** Index of the id in `buf[start, end)`, added when new. */
  intern(buf: Uint8Array, start: number, end: number): number {
    hashId(buf, start, end, hashes);
    return this.internHashed(buf, start, end, hashes[0] as number, hashes[1] as number);
  }

  /** Like {@link intern}, with both hashes already computed by {@link hashId}. */
  internHashed(buf: Uint8Array, start: number, end: number, h1: number, h2: number): number {
    const length = end - start;
    const mask = this.capacity - 1;
    for (let slot = (h1 ^ (h2 >>> 7)) & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot] as number;
      if (value === 0) return this.insert(slot, buf, start, end, h1, h2);
      if (this.keys1[slot] === h1 && this.keys2[slot] === h2 && this.lengths[slot] === length)
        return value - 1;
    }
  }

  /** The id at an index. */
  name(index: number): string {
    const id = this.ids[index];
    if (id === undefined) throw new RangeError(`no interface at index ${index}`);
    return id;
  }

  get size(): number {
    return this.ids.length;
  }

  private insert(slot: number, buf: Uint8Array, start: number, end: number, h1: number, h2: number): number {
    // Past the bound an id is read as missing: its records still count, not per interface.
    if (this.ids.length >= MAX_INTERFACES) {
      this.overflowed++;
      return -1;
    }
    const id = Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
    if (this.known.has(id)) throw new Error(`interface id hash collision on ${id}`);
    this.known.add(id);
    this.ids.push(id);
    const index = this.ids.length;
    this.keys1[slot] = h1;
    this.keys2[slot] = h2;
    this.lengths[slot] = end - start;
    this.values[slot] = index;
    if (this.ids.length * 2 > this.capacity) this.grow();
    return index - 1;
  }

  private grow(): void {
    const [keys1, keys2, lengths, values] = [this.keys1, this.keys2, this.lengths, this.values];
    this.capacity *= 2;
    this.keys1 = new Int32Array(this.capacity);
    this.keys2 = new Int32Array(this.capacity);
    this.lengths = new Int32Array(this.capacity);
    this.values = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < values.length; i++) {
      if (values[i] === 0) continue;
      const h1 = keys1[i] as number;
      const h2 = keys2[i] as number;
      let slot = (h1 ^ (h2 >>> 7)) & mask;
      while (this.values[slot] !== 0) slot = (slot + 1) & mask;
      this.keys1[slot] = h1;
      this.keys2[slot] = h2;
      this.lengths[slot] = lengths[i] as number;
      this.values[slot] = values[i] as number;
    }
  }
}
