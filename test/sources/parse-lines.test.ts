/** Lines, chunks and malformed records: what the byte-level parser does at the edges. */
import { describe, expect, it } from 'vitest';
import { makeFormat } from '../../src/sources/format.js';
import { parseText, V2_HEADER } from './helpers.js';

const ACCEPT =
  '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK';
const REJECT =
  '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK';
const NODATA = '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA';
const IPV6 =
  '2 123456789010 eni-0a1b2c3d4e5f60718 2001:db8::f105 2001:db8::4071 34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK';

describe('chunk boundaries', () => {
  // Header, CRLF, a blank line, a malformed line and no final newline, all in one small text.
  const text = `${V2_HEADER}\n${ACCEPT}\r\n\n${REJECT}\n2 x eni-1 not-an-ip 10.0.0.1 1 2 6 1 1 1 2 ACCEPT OK\n${NODATA}\n${IPV6}`;
  const buf = Buffer.from(text, 'latin1');
  const whole = parseText(buf);

  it('the whole text parses to 4 records and 1 malformed line', () => {
    expect(whole.rows.map((r) => r.action)).toEqual(['ACCEPT', 'REJECT', '-', 'ACCEPT']);
    expect(whole.malformed).toEqual([{ line: 5, message: "srcaddr: not an IP address: 'not-an-ip'" }]);
    expect(whole.parser.lines).toBe(7);
  });

  it('gives identical records and errors when split in two at every byte offset', () => {
    for (let cut = 0; cut <= buf.length; cut++) {
      const split = parseText(buf, { splits: [cut] });
      expect(split.rows, `cut at ${cut}`).toEqual(whole.rows);
      expect(split.malformed, `cut at ${cut}`).toEqual(whole.malformed);
      expect(split.parser.format.fields, `cut at ${cut}`).toEqual(whole.parser.format.fields);
      expect(split.parser.lines).toBe(7);
    }
  });

  it('gives identical records when split in three at every pair of offsets around the CRLF', () => {
    const crlf = text.indexOf('\r\n');
    for (let a = crlf - 3; a <= crlf + 3; a++) {
      for (let b = a; b <= buf.length; b += 7) {
        expect(parseText(buf, { splits: [a, b] }).rows, `cuts at ${a}, ${b}`).toEqual(whole.rows);
      }
    }
  });

  it('gives identical records when fed one byte at a time', () => {
    const splits = Array.from({ length: buf.length - 1 }, (_, i) => i + 1);
    const bytewise = parseText(buf, { splits });
    expect(bytewise.rows).toEqual(whole.rows);
    expect(bytewise.malformed).toEqual(whole.malformed);
  });

  it('keeps its own copy of an unfinished line, so the caller may reuse its buffer', () => {
    const parsed = parseText('');
    const chunk = Buffer.from(`${ACCEPT}\n${REJECT.slice(0, 50)}`);
    parsed.parser.push(chunk);
    chunk.fill(0x7a);
    parsed.parser.push(Buffer.from(`${REJECT.slice(50)}\n`));
    expect(parsed.malformed).toEqual([]);
    expect(parsed.records.map((r) => r.dstPort)).toEqual([22, 3389]);
  });

  it('interns the same interface ids to the same indexes however the text is cut', () => {
    for (const cut of [0, 150, 151, 152, buf.length]) {
      const split = parseText(buf, { splits: [cut] });
      expect(split.records.map((r) => r.interfaceIndex)).toEqual([0, 0, 0, 2]);
      expect(split.table.name(2)).toBe('eni-0a1b2c3d4e5f60718');
    }
  });
});

describe('line endings and empty input', () => {
  it('reads CRLF line endings the same as LF', () => {
    const lf = parseText(`${V2_HEADER}\n${ACCEPT}\n${REJECT}\n`);
    const crlf = parseText(`${V2_HEADER}\r\n${ACCEPT}\r\n${REJECT}\r\n`);
    expect(crlf.malformed).toEqual([]);
    expect(crlf.rows).toEqual(lf.rows);
    expect(crlf.parser.format.fields).toEqual(V2_HEADER.split(' '));
    expect(crlf.rows[1]?.status).toBe('OK');
  });

  it('skips blank and whitespace-only lines without counting them as errors, and keeps line numbers', () => {
    const parsed = parseText(`\n${ACCEPT}\n   \n\t\n\r\n${REJECT}\n\nbroken\n`);
    expect(parsed.rows.map((r) => r.action)).toEqual(['ACCEPT', 'REJECT']);
    expect(parsed.malformed).toEqual([{ line: 8, message: 'expected 14 fields, found 1' }]);
    expect(parsed.parser.lines).toBe(8);
  });

  it('reads the last line of a file without a trailing newline', () => {
    const parsed = parseText(`${ACCEPT}\n${REJECT}`);
    expect(parsed.rows.map((r) => r.action)).toEqual(['ACCEPT', 'REJECT']);
    expect(parsed.parser.lines).toBe(2);
  });

  it('reads a last line ending in CR only', () => {
    expect(parseText(`${ACCEPT}\r`).rows.map((r) => r.status)).toEqual(['OK']);
  });

  it('takes the format from a header-only file and reads no record', () => {
    const header =
      'version interface-id srcaddr dstaddr srcport dstport protocol action tcp-flags log-status';
    for (const text of [header, `${header}\n`, `${header}\r\n`]) {
      const parsed = parseText(text);
      expect(parsed.rows).toEqual([]);
      expect(parsed.malformed).toEqual([]);
      expect(parsed.parser.format.fields).toEqual(header.split(' '));
      expect(parsed.parser.format.hasTcpFlags).toBe(true);
      expect(parsed.parser.lines).toBe(1);
    }
  });

  it('reads nothing from an empty text and keeps the given format', () => {
    const format = makeFormat(['srcaddr', 'dstaddr']);
    const parsed = parseText('', { format });
    expect(parsed.rows).toEqual([]);
    expect(parsed.malformed).toEqual([]);
    expect(parsed.parser.lines).toBe(0);
    expect(parsed.parser.format).toBe(format);
  });

  it('abandon() drops an unfinished last line without reporting it', () => {
    const parsed = parseText('');
    parsed.parser.push(Buffer.from(`${ACCEPT}\n${REJECT.slice(0, 40)}`));
    parsed.parser.abandon();
    parsed.parser.end();
    expect(parsed.records).toHaveLength(1);
    expect(parsed.malformed).toEqual([]);
    expect(parsed.parser.lines).toBe(1);
  });

  it('accepts tabs and runs of spaces between fields, and leading/trailing whitespace', () => {
    const messy = `  ${ACCEPT.split(' ').join(' \t  ')}\t \n`;
    expect(parseText(messy).rows).toEqual(parseText(ACCEPT).rows);
  });
});

describe('malformed lines', () => {
  const fields = (line: string): string[] => line.split(' ');
  const withField = (index: number, value: string): string =>
    fields(ACCEPT)
      .map((v, i) => (i === index ? value : v))
      .join(' ');

  it('reports each bad line with its line number and reads the rest of the file', () => {
    const text = [
      V2_HEADER, // 1
      ACCEPT, // 2
      fields(ACCEPT).slice(0, 13).join(' '), // 3: 13 fields
      `${ACCEPT} extra`, // 4: 15 fields
      withField(5, '65536'), // 5: port out of range
      withField(6, 'ssh'), // 6: port not a number
      withField(3, '172.31.16.300'), // 7: bad IPv4
      withField(4, 'fe80::1::2'), // 8: bad IPv6
      REJECT, // 9
      withField(7, '256'), // 10: protocol out of range
      withField(8, '-5'), // 11: negative packets
      withField(10, '1418530010.5'), // 12: start not an integer
      withField(12, 'ALLOW'), // 13: action
      withField(13, 'FINE'), // 14: log-status
      withField(12, 'ABSENT'), // 15: same length and first/last letters as ACCEPT
      withField(13, 'NOPE!!'), // 16: same length and first letter as NODATA
      '', // 17: blank
      NODATA, // 18
    ].join('\n');
    const parsed = parseText(text);
    expect(parsed.rows.map((r) => `${r.action}/${r.status}`)).toEqual(['ACCEPT/OK', 'REJECT/OK', '-/NODATA']);
    expect(parsed.malformed).toEqual([
      { line: 3, message: 'expected 14 fields, found 13' },
      { line: 4, message: 'expected 14 fields, found more' },
      { line: 5, message: "srcport: not a port: '65536'" },
      { line: 6, message: "dstport: not a port: 'ssh'" },
      { line: 7, message: "srcaddr: not an IP address: '172.31.16.300'" },
      { line: 8, message: "dstaddr: not an IP address: 'fe80::1::2'" },
      { line: 10, message: "protocol: not a protocol number: '256'" },
      { line: 11, message: "packets: not a number: '-5'" },
      { line: 12, message: "start: not a Unix time: '1418530010.5'" },
      { line: 13, message: "action: expected ACCEPT, REJECT or -: 'ALLOW'" },
      { line: 14, message: "log-status: expected OK, NODATA or SKIPDATA: 'FINE'" },
      { line: 15, message: "action: expected ACCEPT, REJECT or -: 'ABSENT'" },
      { line: 16, message: "log-status: expected OK, NODATA or SKIPDATA: 'NOPE!!'" },
    ]);
  });

  it('names the field: bad source address, bad IPv6 address, bad tcp-flags', () => {
    const format = makeFormat(['srcaddr', 'dstaddr', 'tcp-flags']);
    const parsed = parseText(
      '10.0.0.1. 10.0.0.2 2\n10.0.0.1 2001:db8:::1 2\n10.0.0.1 10.0.0.2 SYN\n1.2.3.4 ::1 18\n',
      {
        format,
      },
    );
    expect(parsed.malformed).toEqual([
      { line: 1, message: "srcaddr: not an IP address: '10.0.0.1.'" },
      { line: 2, message: "dstaddr: not an IP address: '2001:db8:::1'" },
      { line: 3, message: "tcp-flags: not a number: 'SYN'" },
    ]);
    expect(parsed.rows).toMatchObject([{ src: '1.2.3.4', dst: '::1', tcpFlags: 18 }]);
  });

  it('accepts the boundary values 0 and 65535 for ports, 255 for protocol, 255.255.255.255', () => {
    const line = '2 1 eni-1 0.0.0.0 255.255.255.255 0 65535 255 0 0 0 0 ACCEPT OK';
    expect(parseText(line).records[0]).toMatchObject({
      src4: 0,
      dst4: 4294967295,
      srcPort: 0,
      dstPort: 65535,
      protocol: 255,
    });
  });

  it('reads numbers of up to 15 digits and reports longer ones', () => {
    const parsed = parseText(`${withField(9, '999999999999999')}\n${withField(9, '1000000000000000')}\n`);
    expect(parsed.rows.map((r) => r.bytes)).toEqual([999999999999999]);
    expect(parsed.malformed).toEqual([{ line: 2, message: "bytes: not a number: '1000000000000000'" }]);
  });

  it('cuts a very long bad value to 60 characters in the message', () => {
    const parsed = parseText(withField(3, 'x'.repeat(500)));
    expect(parsed.malformed[0]?.message).toBe(`srcaddr: not an IP address: '${'x'.repeat(60)}'`);
  });

  it('does not let a malformed line leave values behind in the next record', () => {
    const parsed = parseText(`${withField(12, 'ALLOW')}\n${NODATA}\n`);
    expect(parsed.rows).toEqual([
      expect.objectContaining({ src: undefined, srcPort: -1, packets: 0, action: '-', status: 'NODATA' }),
    ]);
  });
});

describe('IPv4 octets read in the scan', () => {
  it('rejects an address with an octet over 255 or more than three digits in any position', async () => {
    const { FlowLogParser } = await import('../../src/sources/parse.js');
    const { InterfaceTable } = await import('../../src/sources/interfaces.js');
    const malformed: string[] = [];
    let records = 0;
    const parser = new FlowLogParser(new InterfaceTable(), {
      record: () => records++,
      malformed: (_line, message) => malformed.push(message),
    });
    const line = (src: string) => `2 123456789012 eni-1 ${src} 10.0.0.1 1 2 6 1 1 1 2 ACCEPT OK\n`;
    parser.push(Buffer.from(['1.300.1.1', '1.1.0300.1', '256.1.1.1', '1.1.1.1'].map(line).join('')));
    parser.end();
    expect(records).toBe(1);
    expect(malformed).toHaveLength(3);
    expect(malformed.every((m) => m.startsWith("srcaddr: not an IP address: '"))).toBe(true);
  });
});
