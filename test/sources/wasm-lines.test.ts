/**
 * The WebAssembly scanner and the JavaScript block parser must read every text to the same
 * records and the same errors: lines in the common shape of any format, the same lines damaged
 * in the ways that send a line to the general parser, and arbitrary bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS, FIELDS_BY_VERSION, KNOWN_FIELDS, makeFormat } from '../../src/sources/format.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import { emptyRecord } from '../../src/sources/record.js';
import { WasmLines } from '../../src/sources/wasm-lines.js';
import { parseText } from './helpers.js';

/** A value in the common shape for a field, often at the edges of what the fast paths take. */
function valueFor(field: string): fc.Arbitrary<string> {
  const n = (max: number): fc.Arbitrary<string> =>
    fc.oneof(fc.integer({ min: 0, max }).map(String), fc.constantFrom('0', String(max), String(max + 1)));
  switch (field) {
    case 'interface-id':
      return fc.oneof(
        fc.stringMatching(/^eni-[0-9a-f]{17}$/),
        fc.constantFrom('eni-1', 'eni-0a1b2c3d4e5f60718'),
      );
    case 'srcaddr':
    case 'dstaddr':
    case 'pkt-srcaddr':
    case 'pkt-dstaddr':
      return fc.oneof(
        { weight: 6, arbitrary: fc.ipV4() },
        {
          weight: 1,
          arbitrary: fc.constantFrom('255.255.255.255', '0.0.0.0', '256.1.1.1', '1.2.3', '01.002.3.4'),
        },
      );
    case 'srcport':
    case 'dstport':
      return n(65535);
    case 'protocol':
      return n(255);
    case 'tcp-flags':
      return fc.oneof(n(255), fc.constantFrom('2147483647', '2147483648', '99999999999'));
    case 'packets':
    case 'bytes':
    case 'start':
    case 'end':
      return fc.oneof(
        fc.integer({ min: 0, max: 2 ** 31 }).map(String),
        fc.bigInt({ min: 0n, max: 999999999999999n }).map(String),
        fc.constantFrom('1234567890123456', '00000000000000'),
      );
    case 'action':
      return fc.constantFrom('ACCEPT', 'REJECT', 'ACCEPt', 'ACCEPTX');
    case 'log-status':
      return fc.constantFrom('OK', 'NODATA', 'SKIPDATA', 'OKAY', 'SKIPDATB');
    case 'flow-direction':
      return fc.constantFrom('ingress', 'egress', 'ingres', 'egresss');
    default:
      return fc.constantFrom('2', '123456789010', 'vpc-0123456789abcdef0', 'us-east-1', 'IPv4', 'x');
  }
}

/** A line of the format, sometimes with one field replaced by `-` or by a damaged token. */
function lineOf(fields: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.tuple(...fields.map(valueFor)),
      fc.option(
        fc.tuple(fc.nat(), fc.constantFrom('-', '', '--', '1-', '2001:db8::1', '\u00e9', '1.2.3.4.5', 'a b')),
        {
          freq: 3,
        },
      ),
      fc.constantFrom(' ', ' ', ' ', '\t', '  '),
    )
    .map(([values, damage, sep]) => {
      const out = [...values];
      if (damage) out[damage[0] % out.length] = damage[1];
      return out.join(sep === ' ' || !damage ? ' ' : sep);
    });
}

const format = fc.shuffledSubarray([...KNOWN_FIELDS], { minLength: 1, maxLength: KNOWN_FIELDS.length });

function sameBoth(text: Buffer, fields?: readonly string[], splits?: number[]): void {
  const options = { ...(fields ? { format: makeFormat(fields) } : {}), ...(splits ? { splits } : {}) };
  const wasm = parseText(text, { ...options, scanner: 'wasm' });
  const js = parseText(text, { ...options, scanner: 'js' });
  expect(wasm.rows).toEqual(js.rows);
  expect(wasm.records.map((r) => [r.packets, r.bytes, r.start, r.end, r.tcpFlags])).toEqual(
    js.records.map((r) => [r.packets, r.bytes, r.start, r.end, r.tcpFlags]),
  );
  expect(wasm.malformed).toEqual(js.malformed);
  expect(wasm.parser.lines).toBe(js.parser.lines);
}

describe('the WebAssembly scanner and the JavaScript block parser', () => {
  it('read lines of any format, whole or damaged, to the same records and errors', () => {
    fc.assert(
      fc.property(
        format.chain((fields) =>
          fc.tuple(
            fc.constant(fields),
            fc.array(lineOf(fields), { maxLength: 40 }),
            fc.constantFrom('\n', '\r\n'),
          ),
        ),
        fc.array(fc.nat(), { maxLength: 3 }),
        ([fields, lines, eol], points) => {
          const text = Buffer.from(lines.join(eol) + eol, 'latin1');
          const splits = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
          sameBoth(text, fields, splits);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("agree on AWS's default format, which has a scanner of its own, whole or damaged", () => {
    expect(WasmLines.forFormat(makeFormat(DEFAULT_FIELDS))?.specialized).toBe(true);
    expect(WasmLines.forFormat(makeFormat([...DEFAULT_FIELDS].reverse()))?.specialized).toBe(false);
    fc.assert(
      fc.property(
        fc.array(lineOf(DEFAULT_FIELDS), { maxLength: 60 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (lines, eol, header) => {
          const text = (header ? `${DEFAULT_FIELDS.join(' ')}${eol}` : '') + lines.join(eol) + eol;
          sameBoth(Buffer.from(text, 'latin1'));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agree on a header line followed by records, and on arbitrary bytes', () => {
    fc.assert(
      fc.property(format, fc.nat(), (fields, seed) => {
        const header = fields.join(' ');
        const record = fc.sample(fc.array(lineOf(fields), { minLength: 1, maxLength: 5 }), {
          seed,
          numRuns: 1,
        })[0];
        sameBoth(Buffer.from(`${header}\n${(record ?? []).join('\n')}\n`, 'latin1'));
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => sameBoth(Buffer.from(bytes))),
      { numRuns: 200 },
    );
  });

  it('agree across the text area: a text longer than what the scanner takes at once', () => {
    const line =
      '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK\n';
    const damaged = '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1418530010 1418530070 - NODATA\n';
    const long = `2 ${'9'.repeat(1_100_000)}\n`;
    const text = Buffer.from(`${line.repeat(6000)}${damaged}${line.repeat(5000)}${long}${line.repeat(3)}`);
    sameBoth(text);
    const parsed = parseText(text, { scanner: 'wasm' });
    expect(parsed.records).toHaveLength(6000 + 1 + 5000 + 3);
    expect(parsed.malformed).toHaveLength(1);
    expect(parsed.malformed[0]?.line).toBe(11002);
  });
});

describe('the WebAssembly scanner itself', () => {
  it('takes every line AWS writes in the default formats, leaving none to the general parser', () => {
    const v2 = makeFormat(FIELDS_BY_VERSION[2] ?? []);
    // The documentation's version 5 example format.
    const v5 = makeFormat(
      'version srcaddr dstaddr srcport dstport protocol start end type packets bytes account-id vpc-id subnet-id instance-id interface-id region az-id sublocation-type sublocation-id action tcp-flags pkt-srcaddr pkt-dstaddr pkt-src-aws-service pkt-dst-aws-service traffic-path flow-direction log-status'.split(
        ' ',
      ),
    );
    const text2 = [
      '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK',
      '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK',
      '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA',
      '2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA',
      '2 123456789010 eni-1235b8ca123456789 255.255.255.255 0.0.0.0 0 65535 1 999999999999999 1 0 1 ACCEPT OK',
    ];
    const text5 = [
      '5 52.95.128.179 10.0.0.71 80 34210 6 1616729292 1616729349 IPv4 14 15044 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 19 52.95.128.179 10.0.0.71 S3 - - ingress OK',
      '5 10.0.0.71 52.95.128.179 34210 80 6 1616729292 1616729349 IPv4 7 471 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 3 10.0.0.71 52.95.128.179 - S3 8 egress OK',
    ];
    for (const [format, lines] of [
      [v2, text2],
      [v5, text5],
    ] as const) {
      const scanner = WasmLines.forFormat(format);
      expect(scanner).toBeDefined();
      const text = Buffer.from(lines.join('\n') + '\n', 'latin1');
      const others: number[] = [];
      let records = 0;
      const taken = scanner?.run(
        text,
        0,
        text.length,
        emptyRecord(),
        new InterfaceTable(),
        () => records++,
        (_buf, start) => others.push(start),
      );
      expect(others).toEqual([]);
      expect(taken).toBe(lines.length);
      expect(records).toBe(lines.length);
    }
  });
});
