/**
 * Version 2 (default format) records from the AWS VPC user guide ("Flow log record examples"):
 * accepted and rejected traffic, NODATA, SKIPDATA, ICMP and IPv6.
 */
import { describe, expect, it } from 'vitest';
import { FlowAction, LogStatus } from '../../src/sources/record.js';
import { parseText, V2_HEADER } from './helpers.js';

const ENI = 'eni-1235b8ca123456789';

describe('version 2 (default format)', () => {
  const accept =
    '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK';
  const reject =
    '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK';
  const noData = '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA';
  const skipData = '2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA';
  const icmp =
    '2 123456789010 eni-1235b8ca123456789 203.0.113.12 172.31.16.139 0 0 1 4 336 1432917027 1432917142 ACCEPT OK';
  const ipv6 =
    '2 123456789010 eni-1235b8ca123456789 2001:db8:1234:a100:8d6e:3477:df66:f105 2001:db8:1234:a102:3304:8879:34cf:4071 34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK';

  it('reads an ACCEPT record field by field', () => {
    const { records, rows, malformed, table } = parseText(`${accept}\n`);
    expect(malformed).toEqual([]);
    expect(rows).toEqual([
      {
        eni: ENI,
        src: '172.31.16.139',
        dst: '172.31.16.21',
        srcPort: 20641,
        dstPort: 22,
        protocol: 6,
        packets: 20,
        bytes: 4249,
        start: 1418530010,
        end: 1418530070,
        action: 'ACCEPT',
        status: 'OK',
        tcpFlags: -1,
        direction: '-',
        count: 1,
      },
    ]);
    // The raw record: IPv4 as unsigned 32-bit numbers, no IPv6 text.
    expect(records[0]).toMatchObject({
      src4: 2887717003,
      dst4: 2887716885,
      srcV6: undefined,
      dstV6: undefined,
    });
    expect(records[0]?.interfaceIndex).toBe(0);
    expect(table.size).toBe(1);
  });

  it('reads a REJECT record', () => {
    expect(parseText(reject).rows[0]).toMatchObject({
      src: '172.31.9.69',
      dst: '172.31.9.12',
      srcPort: 49761,
      dstPort: 3389,
      action: 'REJECT',
      status: 'OK',
    });
  });

  it('reads NODATA and SKIPDATA records, where every traffic field is -', () => {
    const { rows, records } = parseText(`${noData}\n${skipData}\n`);
    const missing = {
      src: undefined,
      dst: undefined,
      srcPort: -1,
      dstPort: -1,
      protocol: -1,
      packets: 0,
      bytes: 0,
    };
    expect(rows[0]).toEqual({
      ...missing,
      eni: ENI,
      start: 1431280876,
      end: 1431280934,
      action: '-',
      status: 'NODATA',
      tcpFlags: -1,
      direction: '-',
      count: 1,
    });
    expect(rows[1]).toMatchObject({
      ...missing,
      eni: 'eni-11111111aaaaaaaaa',
      action: '-',
      status: 'SKIPDATA',
    });
    expect(records.map((r) => [r.src4, r.dst4, r.action, r.status])).toEqual([
      [-1, -1, FlowAction.None, LogStatus.NoData],
      [-1, -1, FlowAction.None, LogStatus.SkipData],
    ]);
  });

  it('reads an ICMP record (ports 0, protocol 1)', () => {
    expect(parseText(icmp).rows[0]).toMatchObject({
      srcPort: 0,
      dstPort: 0,
      protocol: 1,
      packets: 4,
      bytes: 336,
    });
  });

  it('reads IPv6 addresses into srcV6/dstV6 in canonical form and leaves src4/dst4 at -1', () => {
    const { records } = parseText(ipv6);
    expect(records[0]).toMatchObject({
      srcV6: '2001:db8:1234:a100:8d6e:3477:df66:f105',
      dstV6: '2001:db8:1234:a102:3304:8879:34cf:4071',
      src4: -1,
      dst4: -1,
      srcPort: 34892,
      dstPort: 22,
      packets: 54,
      bytes: 8855,
    });
  });

  it('normalizes IPv6 spellings (upper case, zero runs) to RFC 5952 text', () => {
    const line = `2 123456789010 ${ENI} 2001:DB8:0:0:0:0:0:1 ::FFFF:192.0.2.1 1 2 6 1 1 1 2 ACCEPT OK`;
    expect(parseText(line).records[0]).toMatchObject({ srcV6: '2001:db8::1', dstV6: '::ffff:c000:201' });
  });

  it('accepts the account id `unknown` that AWS writes for service-created interfaces', () => {
    const line = `2 unknown eni-0f0e0d0c0b0a09080 10.0.1.20 10.0.1.5 443 50122 6 3 180 1418530010 1418530070 ACCEPT OK`;
    const { rows, malformed } = parseText(`${V2_HEADER}\n${line}\n`);
    expect(malformed).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.eni).toBe('eni-0f0e0d0c0b0a09080');
  });

  it('gives `-` in interface-id, start and end the missing value -1', () => {
    const line = '2 123456789010 - 10.0.0.1 10.0.0.2 1 2 17 1 1 - - ACCEPT -';
    expect(parseText(line).rows[0]).toMatchObject({
      eni: undefined,
      start: -1,
      end: -1,
      protocol: 17,
      status: 'OK',
    });
  });

  it('interns one interface id to one index across records', () => {
    const { records, table } = parseText(`${accept}\n${reject}\n${skipData}\n${noData}\n`);
    expect(records.map((r) => r.interfaceIndex)).toEqual([0, 0, 1, 0]);
    expect(table.name(1)).toBe('eni-11111111aaaaaaaaa');
  });
});
