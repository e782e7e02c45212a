/**
 * Interns interface ids (`eni-…`) read from bytes into small integers, so the parser can name an
 * interface without allocating a string for every record.
 */
export class InterfaceTable {
  private readonly ids: string[] = [];
  private readonly bytes: Buffer[] = [];
  private readonly byHash = new Map<number, number>();
  private readonly collisions = new Map<string, number>();

  /** Adds an id (e.g. from the inventory) and returns its index; an existing id keeps its index. */
  add(id: string): number {
    const buf = Buffer.from(id, 'latin1');
    return this.intern(buf, 0, buf.length);
  }

  /** Index of the id in `buf[start, end)`, added when new. */
  intern(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
    return this.internHashed(buf, start, end, h);
  }

  /**
   * Like {@link intern}, with the FNV-1a hash (offset 0x811c9dc5, prime 0x01000193, Math.imul)
   * already computed by a caller that scanned the bytes anyway.
   */
  internHashed(buf: Uint8Array, start: number, end: number, h: number): number {
    const found = this.byHash.get(h);
    if (found !== undefined && this.equals(found, buf, start, end)) return found;
    const id = Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
    if (found !== undefined) {
      // Two ids with one hash: rare, so a string-keyed side table is fine.
      const other = this.collisions.get(id);
      if (other !== undefined) return other;
      const index = this.push(id);
      this.collisions.set(id, index);
      return index;
    }
    const index = this.push(id);
    this.byHash.set(h, index);
    return index;
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

  private push(id: string): number {
    this.ids.push(id);
    this.bytes.push(Buffer.from(id, 'latin1'));
    return this.ids.length - 1;
  }

  private equals(index: number, buf: Uint8Array, start: number, end: number): boolean {
    const known = this.bytes[index] as Buffer;
    if (known.length !== end - start) return false;
    for (let i = 0; i < known.length; i++) if (known[i] !== buf[start + i]) return false;
    return true;
  }
}
