/** In-place gunzip: the same text and the same errors as Node's gunzip stream, in any chunking. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLocalFile } from '../../src/sources/file.js';
import { GunzipInPlace, gunzipInPlaceSupported } from '../../src/sources/gunzip.js';
import { ReaderLog, tempDir, V2_HEADER } from './helpers.js';

/** Inflates `data` given in pieces of the sizes in `cuts` (cycled), collecting copies of the text. */
function inflate(data: Buffer, cuts: number[]): Buffer {
  const parts: Buffer[] = [];
  const gunzip = new GunzipInPlace((text) => parts.push(Buffer.from(text)));
  for (let at = 0, i = 0; at < data.length; i++) {
    const size = cuts[i % cuts.length] as number;
    gunzip.write(data.subarray(at, at + size));
    at += size;
  }
  gunzip.end();
  return Buffer.concat(parts);
}

/** Text of `lines` records that differ from each other (so it does not compress to nothing). */
function records(lines: number, seed = 1): string {
  const out = [V2_HEADER];
  for (let i = 0; i < lines; i++) {
    const x = Math.imul(i + seed, 2654435761) >>> 0;
    out.push(
      `2 123456789010 eni-0${(x % 13).toString(16)} 10.0.${x & 255}.${(x >>> 8) & 255} 10.1.0.1 ${1024 + (x % 60000)} 443 6 ${x % 90} ${x % 9000} 1418530010 1418530070 ACCEPT OK`,
    );
  }
  return out.join('\n') + '\n';
}

describe('GunzipInPlace', () => {
  it('is available on this runtime (otherwise the reader uses the stream)', () => {
    expect(gunzipInPlaceSupported).toBe(true);
  });

  it('gives back the exact text, larger than its output buffer, in any chunking', () => {
    const text = Buffer.from(records(20_000));
    expect(text.length).toBeGreaterThan(1 << 20);
    const gz = gzipSync(text);
    expect(inflate(gz, [gz.length]).equals(text)).toBe(true);
    expect(inflate(gz, [1, 7, 4096, 65536]).equals(text)).toBe(true);
  });

  it('hands out slices of one buffer that every gunzip of the thread reuses, so a consumer must copy', () => {
    const a = Buffer.from(records(20_000, 1));
    const b = Buffer.from(records(15_000, 2));
    const [gzA, gzB] = [gzipSync(a), gzipSync(b)];
    const seen = new Set<ArrayBufferLike>();
    const parts: [Buffer[], Buffer[]] = [[], []];
    const one = new GunzipInPlace((text) => (seen.add(text.buffer), parts[0].push(Buffer.from(text))));
    const two = new GunzipInPlace((text) => (seen.add(text.buffer), parts[1].push(Buffer.from(text))));
    // Interleaved, as two S3 objects read at once are: each call's text is handed out before
    // the other gunzip writes into the same buffer.
    for (let at = 0; at < Math.max(gzA.length, gzB.length); at += 4096) {
      if (at < gzA.length) one.write(gzA.subarray(at, at + 4096));
      if (at < gzB.length) two.write(gzB.subarray(at, at + 4096));
    }
    one.end();
    two.end();
    expect(seen.size).toBe(1);
    expect(Buffer.concat(parts[0]).equals(a)).toBe(true);
    expect(Buffer.concat(parts[1]).equals(b)).toBe(true);
  });

  it('reads every member of a multi-member file, wherever the chunks cut it', () => {
    const a = Buffer.from(records(300, 1));
    const b = Buffer.from(records(200, 2));
    const gz = Buffer.concat([gzipSync(a), gzipSync(b)]);
    const expected = Buffer.concat([a, b]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 }), (cuts) => {
        expect(inflate(gz, cuts).equals(expected)).toBe(true);
      }),
      { numRuns: 60 },
    );
    // The cut exactly at the member boundary.
    expect(inflate(gz, [gzipSync(a).length, gz.length]).equals(expected)).toBe(true);
  });

  it('throws Z_BUF_ERROR at the end of a truncated file, after handing out the text before the cut', () => {
    const text = Buffer.from(records(5000));
    const gz = gzipSync(text);
    const parts: Buffer[] = [];
    const gunzip = new GunzipInPlace((t) => parts.push(Buffer.from(t)));
    gunzip.write(gz.subarray(0, gz.length >> 1));
    expect(() => gunzip.end()).toThrow(expect.objectContaining({ code: 'Z_BUF_ERROR' }));
    const got = Buffer.concat(parts);
    expect(got.length).toBeGreaterThan(0);
    expect(got.equals(text.subarray(0, got.length))).toBe(true);
  });

  it('throws Z_DATA_ERROR on corrupt data, with zlib message, and then refuses more input', () => {
    const gz = gzipSync(records(100));
    const corrupt = Buffer.concat([gz.subarray(0, 10), Buffer.alloc(200, 0xff)]);
    const gunzip = new GunzipInPlace(() => {});
    let error: NodeJS.ErrnoException | undefined;
    try {
      gunzip.write(corrupt);
    } catch (e) {
      error = e as NodeJS.ErrnoException;
    }
    expect(error?.code).toBe('Z_DATA_ERROR');
    expect(error?.message).toMatch(/invalid/);
    expect(() => gunzip.write(gz)).toThrow(/already ended/);
    // Whatever Node's own gunzip says about the same bytes, it says it is corrupt too.
    expect(() => gunzipSync(corrupt)).toThrow(expect.objectContaining({ code: 'Z_DATA_ERROR' }));
  });
});

describe('readLocalFile: in-place gunzip and the stream agree', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => {};
  const path = (name: string): string => join(dir, name);
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('gunzip'));
    const gz = gzipSync(records(8000));
    await writeFile(path('whole.log.gz'), gz);
    await writeFile(path('two.log.gz'), Buffer.concat([gzipSync(records(10, 3)), gzipSync(records(20, 4))]));
    await writeFile(path('truncated.log.gz'), gz.subarray(0, gz.length - 5000));
    await writeFile(path('corrupt.log.gz'), Buffer.concat([gz.subarray(0, 4000), Buffer.alloc(64, 0x55)]));
  });
  afterAll(() => cleanup());

  it.each(['whole', 'two', 'truncated', 'corrupt'])(
    '%s.log.gz: the same records and errors',
    async (name) => {
      const logs = await Promise.all(
        (['in-place', 'stream'] as const).map(async (gunzip) => {
          const log = new ReaderLog();
          await readLocalFile(path(`${name}.log.gz`), log, { interfaces: log.table, gunzip });
          return log;
        }),
      );
      const [inPlace, stream] = logs as [ReaderLog, ReaderLog];
      // A corrupt block loses the text zlib had inflated in the same call, in both paths.
      if (name !== 'corrupt') expect(inPlace.rows.length).toBeGreaterThan(0);
      expect(inPlace.rows).toEqual(stream.rows);
      expect(inPlace.fileErrors).toEqual(stream.fileErrors);
      expect(inPlace.malformedLines).toEqual(stream.malformedLines);
      if (name === 'truncated' || name === 'corrupt') expect(inPlace.fileErrors).toHaveLength(1);
      else expect(inPlace.fileErrors).toEqual([]);
    },
  );
});
