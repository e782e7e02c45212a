/** Property-based tests of the parser with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeIpv6 } from '../../src/analysis/net.js';
import { makeFormat } from '../../src/sources/format.js';
import { parseText, V2_HEADER, type Parsed, type Row } from './helpers.js';

/**
 * Lines of a text as the parser sees them: split at LF, one trailing CR dropped, and a line is
 * blank when only spaces and tabs are left. A final line without LF counts when not empty.
 */
function lineStats(buf: Uint8Array): { lines: number; nonBlank: number } {
  let lines = 0;
  let nonBlank = 0;
  let start = 0;
  const close = (end: number): void => {
    lines++;
    let e = end;
    if (e > start && buf[e - 1] === 13) e--;
    for (let i = start; i < e; i++) {
      if (buf[i] !== 32 && buf[i] !== 9) {
        nonBlank++;
        break;
      }
    }
  };
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 10) {
      close(i);
      start = i + 1;
    }
  }
  if (start < buf.length) close(buf.length);
  return { lines, nonBlank };
}

/** Split points for a text of a given length, from arbitrary numbers. */
function cuts(points: number[], length: number): number[] {
  return [...new Set(points.map((p) => p % (length + 1)))].sort((a, b) => a - b);
}

function checkCounts(buf: Buffer, parsed: Parsed): void {
  const { lines, nonBlank } = lineStats(buf);
  expect(parsed.parser.lines).toBe(lines);
  expect(parsed.records.length).toBeLessThanOrEqual(lines);
  expect(parsed.records.length + parsed.malformed.length).toBeLessThanOrEqual(nonBlank);
  for (const m of parsed.malformed) {
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.line).toBeLessThanOrEqual(lines);
  }
}

/** Bytes with line breaks, separators, digits, dots and colons more frequent than uniform. */
const flowishBytes = fc
  .array(
    fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(10, 13, 32, 9, 45, 46, 58, 48, 55, 97, 65)),
    {
      maxLength: 1500,
    },
  )
  .map((a) => Uint8Array.from(a));

const TOKENS = [
  '2',
  '5',
  '123456789010',
  'unknown',
  'eni-1235b8ca123456789',
  'eni-0a',
  '-',
  '--',
  '172.31.16.139',
  '10.0.0.1',
  '256.1.1.1',
  '1.2.3',
  '1.2.3.4.',
  '2001:db8::1',
  '::',
  ':::',
  'fe80::1%eth0',
  '::ffff:192.0.2.1',
  '0',
  '22',
  '65535',
  '65536',
  '6',
  '17',
  '255',
  '256',
  '1418530010',
  '99999999999999999999',
  '-1',
  '1e3',
  'ACCEPT',
  'REJECT',
  'accept',
  'OK',
  'NODATA',
  'SKIPDATA',
  'ingress',
  'egress',
  'version',
  'srcaddr',
  'log-status',
  'tcp_flags',
  'future-field',
  'IPv4',
  'S3',
  '\u00e9',
  '\u0000',
];

describe('the parser on arbitrary input', () => {
  it('never throws on arbitrary bytes, counts lines right, and reads at most one thing per line', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 1500 }), flowishBytes),
        fc.array(fc.nat()),
        (bytes, points) => {
          const buf = Buffer.from(bytes);
          const parsed = parseText(buf, { splits: cuts(points, buf.length) });
          checkCounts(buf, parsed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same result for arbitrary bytes however they are cut into chunks', () => {
    fc.assert(
      fc.property(flowishBytes, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (bytes, points) => {
        const buf = Buffer.from(bytes);
        const whole = parseText(buf);
        const split = parseText(buf, { splits: cuts(points, buf.length) });
        expect(split.rows).toEqual(whole.rows);
        expect(split.malformed).toEqual(whole.malformed);
        expect(split.parser.format.fields).toEqual(whole.parser.format.fields);
      }),
    );
  });

  it('never throws on lines of flow-log-like tokens, with or without a header', () => {
    const line = fc
      .tuple(fc.array(fc.constantFrom(...TOKENS), { maxLength: 18 }), fc.constantFrom(' ', '\t', '  ', ' \t'))
      .map(([tokens, sep]) => tokens.join(sep));
    const text = fc
      .tuple(
        fc.constantFrom('', `${V2_HEADER}\n`, 'srcaddr dstaddr action future-field\n'),
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
      )
      .map(([header, lines, eol, finalEol]) => header + lines.join(eol) + (finalEol ? eol : ''));
    fc.assert(
      fc.property(text, fc.array(fc.nat()), (t, points) => {
        const buf = Buffer.from(t, 'latin1');
        checkCounts(buf, parseText(buf, { splits: cuts(points, buf.length) }));
      }),
      { numRuns: 300 },
    );
  });
});

/** A field, how to generate its text, and what the parsed record then holds. */
interface FieldGen {
  name: string;
  value: fc.Arbitrary<string>;
  apply?: (row: Row, value: string) => void;
}

const dash = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 5, arbitrary: arb.map(String) }, { weight: 1, arbitrary: fc.constant('-') });
const num = (v: string, missing: number): number => (v === '-' ? missing : Number(v));

const FIELDS: FieldGen[] = [
  { name: 'version', value: fc.constantFrom('2', '3', '5', '8') },
  { name: 'account-id', value: fc.constantFrom('123456789010', 'unknown', '-') },
  { name: 'vpc-id', value: fc.constantFrom('vpc-abcdefab012345678', '-') },
  {
    name: 'interface-id',
    value: dash(fc.stringMatching(/^eni-[0-9a-f]{17}$/)),
    apply: (r, v) => (r.eni = v === '-' ? undefined : v),
  },
  { name: 'srcaddr', value: dash(fc.oneof(fc.ipV4(), fc.ipV6())), apply: (r, v) => (r.src = addr(v)) },
  { name: 'dstaddr', value: dash(fc.oneof(fc.ipV4(), fc.ipV6())), apply: (r, v) => (r.dst = addr(v)) },
  {
    name: 'srcport',
    value: dash(fc.integer({ min: 0, max: 65535 })),
    apply: (r, v) => (r.srcPort = num(v, -1)),
  },
  {
    name: 'dstport',
    value: dash(fc.integer({ min: 0, max: 65535 })),
    apply: (r, v) => (r.dstPort = num(v, -1)),
  },
  {
    name: 'protocol',
    value: dash(fc.integer({ min: 0, max: 255 })),
    apply: (r, v) => (r.protocol = num(v, -1)),
  },
  {
    name: 'packets',
    value: dash(fc.integer({ min: 0, max: 2 ** 40 })),
    apply: (r, v) => (r.packets = num(v, 0)),
  },
  {
    name: 'bytes',
    value: dash(fc.integer({ min: 0, max: 10 ** 15 - 1 })),
    apply: (r, v) => (r.bytes = num(v, 0)),
  },
  {
    name: 'start',
    value: dash(fc.integer({ min: 0, max: 2 ** 33 })),
    apply: (r, v) => (r.start = num(v, -1)),
  },
  { name: 'end', value: dash(fc.integer({ min: 0, max: 2 ** 33 })), apply: (r, v) => (r.end = num(v, -1)) },
  {
    name: 'action',
    value: fc.constantFrom('ACCEPT', 'REJECT', '-'),
    apply: (r, v) => (r.action = v as Row['action']),
  },
  {
    name: 'log-status',
    value: fc.constantFrom('OK', 'NODATA', 'SKIPDATA', '-'),
    apply: (r, v) => (r.status = v === '-' ? 'OK' : (v as Row['status'])),
  },
  {
    name: 'tcp-flags',
    value: dash(fc.integer({ min: 0, max: 255 })),
    apply: (r, v) => (r.tcpFlags = num(v, -1)),
  },
  { name: 'type', value: fc.constantFrom('IPv4', 'IPv6', 'EFA', '-') },
  { name: 'pkt-dst-aws-service', value: fc.constantFrom('S3', 'DYNAMODB', '-') },
  {
    name: 'flow-direction',
    value: fc.constantFrom('ingress', 'egress', '-'),
    apply: (r, v) => (r.direction = v as Row['direction']),
  },
  { name: 'traffic-path', value: fc.constantFrom('1', '8', '-') },
  { name: 'reject-reason', value: fc.constantFrom('BPA', '-') },
];

function addr(v: string): string | undefined {
  if (v === '-') return undefined;
  return v.includes(':') ? normalizeIpv6(v) : v;
}

function emptyRow(): Row {
  return {
    eni: undefined,
    src: undefined,
    dst: undefined,
    srcPort: -1,
    dstPort: -1,
    protocol: -1,
    packets: 0,
    bytes: 0,
    start: -1,
    end: -1,
    action: '-',
    status: 'OK',
    tcpFlags: -1,
    direction: '-',
    count: 1,
  };
}

describe('round trip of generated records', () => {
  it('reads back every field of records written in any field order', () => {
    const scenario = fc.shuffledSubarray(FIELDS, { minLength: 1 }).chain((fields) =>
      fc.record({
        fields: fc.constant(fields),
        records: fc.array(fc.tuple(...fields.map((f) => f.value)), { minLength: 1, maxLength: 8 }),
        header: fc.boolean(),
        eol: fc.constantFrom('\n', '\r\n'),
        points: fc.array(fc.nat(), { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ fields, records, header, eol, points }) => {
        const names = fields.map((f) => f.name);
        const body = records.map((values) => values.join(' ')).join(eol) + eol;
        const text = header ? `${names.join(' ')}${eol}${body}` : body;
        const buf = Buffer.from(text, 'latin1');
        const parsed = parseText(buf, {
          ...(header ? {} : { format: makeFormat(names) }),
          splits: cuts(points, buf.length),
        });
        const expected = records.map((values) => {
          const row = emptyRow();
          fields.forEach((f, i) => f.apply?.(row, values[i] ?? '-'));
          return row;
        });
        expect(parsed.malformed).toEqual([]);
        expect(parsed.parser.format.fields).toEqual(names);
        expect(parsed.rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
