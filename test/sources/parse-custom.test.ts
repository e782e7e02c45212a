/** Custom formats: fields in any order, given by a header line or by --log-format. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS, FieldSlot, makeFormat, parseLogFormat } from '../../src/sources/format.js';
import { parseText, V2_HEADER } from './helpers.js';

/** The v2 documentation examples as field → value maps. */
const EXAMPLES: Record<string, string>[] = [
  '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK',
  '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK',
  '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA',
  '2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA',
  '2 123456789010 eni-1235b8ca123456789 2001:db8:1234:a100:8d6e:3477:df66:f105 2001:db8:1234:a102:3304:8879:34cf:4071 34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK',
].map((line) => Object.fromEntries(line.split(' ').map((v, i) => [DEFAULT_FIELDS[i] ?? '', v])));

const SHUFFLED = [
  'action',
  'dstport',
  'log-status',
  'srcaddr',
  'end',
  'interface-id',
  'bytes',
  'version',
  'protocol',
  'dstaddr',
  'start',
  'srcport',
  'account-id',
  'packets',
];

function lines(fields: readonly string[]): string {
  return EXAMPLES.map((e) => fields.map((f) => e[f] ?? '-').join(' ')).join('\n') + '\n';
}

const reference = parseText(lines(DEFAULT_FIELDS));

describe('fields in a shuffled order', () => {
  it('the reference parse in default order has every example', () => {
    expect(reference.malformed).toEqual([]);
    expect(reference.rows.map((r) => r.status)).toEqual(['OK', 'OK', 'NODATA', 'SKIPDATA', 'OK']);
  });

  it('gives the same records when the order comes from a header line', () => {
    const parsed = parseText(`${SHUFFLED.join(' ')}\n${lines(SHUFFLED)}`);
    expect(parsed.malformed).toEqual([]);
    expect(parsed.parser.format.fields).toEqual(SHUFFLED);
    expect(parsed.rows).toEqual(reference.rows);
  });

  it('gives the same records when the order comes from parseLogFormat("${…} ${…}")', () => {
    const format = parseLogFormat(SHUFFLED.map((f) => `\${${f}}`).join(' '));
    expect(format?.fields).toEqual(SHUFFLED);
    const parsed = parseText(lines(SHUFFLED), { ...(format && { format }) });
    expect(parsed.malformed).toEqual([]);
    expect(parsed.rows).toEqual(reference.rows);
  });

  it('reads the shuffled lines wrongly with the default format: the format matters', () => {
    const parsed = parseText(lines(SHUFFLED));
    expect(parsed.rows).toEqual([]);
    expect(parsed.malformed.map((m) => m.line)).toEqual([1, 2, 3, 4, 5]);
    // action, dstport, log-status, srcaddr land in version, account-id, interface-id, srcaddr; end in dstaddr.
    expect(parsed.malformed[0]?.message).toBe("dstaddr: not an IP address: '1418530070'");
  });

  it('a subset of fields, without version and account-id, works too', () => {
    const subset = ['srcaddr', 'dstport', 'interface-id', 'action', 'log-status'];
    const parsed = parseText(lines(subset), { format: makeFormat(subset) });
    expect(parsed.malformed).toEqual([]);
    expect(parsed.rows.map((r) => [r.eni, r.src, r.dstPort, r.action, r.status, r.srcPort, r.start])).toEqual(
      [
        ['eni-1235b8ca123456789', '172.31.16.139', 22, 'ACCEPT', 'OK', -1, -1],
        ['eni-1235b8ca123456789', '172.31.9.69', 3389, 'REJECT', 'OK', -1, -1],
        ['eni-1235b8ca123456789', undefined, -1, '-', 'NODATA', -1, -1],
        ['eni-11111111aaaaaaaaa', undefined, -1, '-', 'SKIPDATA', -1, -1],
        ['eni-1235b8ca123456789', '2001:db8:1234:a100:8d6e:3477:df66:f105', 22, 'ACCEPT', 'OK', -1, -1],
      ],
    );
  });
});

describe('unknown field names', () => {
  const withUnknown = ['version', 'future-field', ...DEFAULT_FIELDS.slice(1), 'resource-type'];
  const text = EXAMPLES.map((e) =>
    withUnknown
      .map((f) => (f === 'future-field' ? 'xyz:1/2' : f === 'resource-type' ? 'NetworkInterface' : e[f]))
      .join(' '),
  ).join('\n');

  it('keeps them in format.fields (header) and skips their values', () => {
    const parsed = parseText(`${withUnknown.join(' ')}\n${text}`);
    expect(parsed.malformed).toEqual([]);
    expect(parsed.parser.format.fields).toEqual(withUnknown);
    expect(parsed.parser.format.slots[1]).toBe(FieldSlot.Skip);
    expect(parsed.parser.format.slots[15]).toBe(FieldSlot.Skip);
    expect(parsed.rows).toEqual(reference.rows);
  });

  it('keeps them in format.fields (--log-format) and skips their values', () => {
    const format = parseLogFormat(withUnknown.map((f) => `\${${f}}`).join(' '));
    expect(format?.fields).toEqual(withUnknown);
    const parsed = parseText(text, { ...(format && { format }) });
    expect(parsed.malformed).toEqual([]);
    expect(parsed.rows).toEqual(reference.rows);
  });
});

describe('header lines', () => {
  it('a header replaces the format given by the caller', () => {
    const parsed = parseText(`${SHUFFLED.join(' ')}\n${lines(SHUFFLED)}`, {
      format: makeFormat(DEFAULT_FIELDS),
    });
    expect(parsed.parser.format.fields).toEqual(SHUFFLED);
    expect(parsed.rows).toEqual(reference.rows);
  });

  it('accepts a Parquet-style header with underscores, and a header with CRLF and extra spaces', () => {
    const underscored = SHUFFLED.map((f) => f.replace(/-/g, '_')).join(' ');
    expect(parseText(`${underscored}\n${lines(SHUFFLED)}`).rows).toEqual(reference.rows);
    const spaced = `  ${SHUFFLED.join('  \t')} \r\n${lines(SHUFFLED).replace(/\n/g, '\r\n')}`;
    const parsed = parseText(spaced);
    expect(parsed.parser.format.fields).toEqual(SHUFFLED);
    expect(parsed.rows).toEqual(reference.rows);
  });

  it('only the first line can be a header; a later one is a malformed line', () => {
    const parsed = parseText(`${V2_HEADER}\n${lines(DEFAULT_FIELDS)}${V2_HEADER}\n`);
    expect(parsed.rows).toEqual(reference.rows);
    expect(parsed.malformed).toEqual([{ line: 7, message: "srcaddr: not an IP address: 'srcaddr'" }]);
  });

  it('a header on line 2, after a record, is a malformed line', () => {
    const parsed = parseText(`${lines(DEFAULT_FIELDS).split('\n')[0]}\n${V2_HEADER}\n`);
    expect(parsed.rows).toEqual(reference.rows.slice(0, 1));
    expect(parsed.malformed).toEqual([{ line: 2, message: "srcaddr: not an IP address: 'srcaddr'" }]);
    expect(parsed.parser.format.fields).toEqual(DEFAULT_FIELDS);
  });

  it('does not take a first-line record made of lowercase words for a header', () => {
    const format = makeFormat(['account-id', 'interface-id', 'flow-direction']);
    const parsed = parseText('unknown eni-0a1b2c3d4e5f60718 ingress\n', { format });
    expect(parsed.malformed).toEqual([]);
    expect(parsed.parser.format.fields).toEqual(['account-id', 'interface-id', 'flow-direction']);
    expect(parsed.rows[0]).toMatchObject({ eni: 'eni-0a1b2c3d4e5f60718', direction: 'ingress' });
  });
});
