/**
 * Versions 3 to 8 from the AWS VPC user guide ("Flow log record examples"): TCP flags, NAT and
 * transit gateways, service name / traffic path / flow direction. Where the guide has no example
 * line (v4 alone, v7 ECS, v8 reject-reason), the lines are built from the documented field values.
 */
import { describe, expect, it } from 'vitest';
import { FlowDirection } from '../../src/sources/record.js';
import { makeFormat, parseLogFormat } from '../../src/sources/format.js';
import { parseText, V2_HEADER } from './helpers.js';

const ENI = 'eni-1235b8ca123456789';

describe('version 3 (tcp-flags, type, pkt-srcaddr)', () => {
  const header =
    'version vpc-id subnet-id instance-id interface-id account-id type srcaddr dstaddr srcport dstport pkt-srcaddr pkt-dstaddr protocol bytes packets start end action tcp-flags log-status';
  const v3 = (tail: string): string =>
    `3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 ${ENI} 123456789010 IPv4 ${tail}`;

  it('reads the TCP flag sequence example, with bytes before packets', () => {
    const text = [
      header,
      v3(
        '52.213.180.42 10.0.0.62 43416 5001 52.213.180.42 10.0.0.62 6 568 8 1566848875 1566848933 ACCEPT 2 OK',
      ),
      v3(
        '10.0.0.62 52.213.180.42 5001 43416 10.0.0.62 52.213.180.42 6 376 7 1566848875 1566848933 ACCEPT 18 OK',
      ),
      v3(
        '10.0.0.62 52.213.180.42 5001 43418 10.0.0.62 52.213.180.42 6 63388 1219 1566848933 1566849113 ACCEPT 1 OK',
      ),
      // The guide's own line has two spaces between two fields.
      v3(
        '10.0.0.62 52.213.180.42 5001 43638  10.0.0.62 52.213.180.42 6 967 14 1566933133 1566933193 ACCEPT 19 OK',
      ),
    ].join('\n');
    const { rows, malformed, parser } = parseText(text);
    expect(malformed).toEqual([]);
    expect(parser.format.fields).toEqual(header.split(' '));
    expect(parser.format.hasTcpFlags).toBe(true);
    expect(rows.map((r) => [r.src, r.srcPort, r.dstPort, r.bytes, r.packets, r.tcpFlags])).toEqual([
      ['52.213.180.42', 43416, 5001, 568, 8, 2],
      ['10.0.0.62', 5001, 43416, 376, 7, 18],
      ['10.0.0.62', 5001, 43418, 63388, 1219, 1],
      ['10.0.0.62', 5001, 43638, 967, 14, 19],
    ]);
    expect(rows[0]).toMatchObject({
      eni: ENI,
      start: 1566848875,
      end: 1566848933,
      action: 'ACCEPT',
      status: 'OK',
    });
  });

  it('reads the NAT gateway example (no version, action or status fields) with --log-format', () => {
    const format = parseLogFormat(
      '${instance-id} ${interface-id} ${srcaddr} ${dstaddr} ${pkt-srcaddr} ${pkt-dstaddr}',
    );
    const text = [
      '- eni-1235b8ca123456789 10.0.1.5 10.0.0.220 10.0.1.5 203.0.113.5',
      'i-01234567890123456 eni-1111aaaa2222bbbb3 10.0.1.5 203.0.113.5 10.0.1.5 203.0.113.5',
    ].join('\n');
    const { rows, malformed } = parseText(text, { ...(format && { format }) });
    expect(malformed).toEqual([]);
    expect(
      rows.map((r) => [r.eni, r.src, r.dst, r.srcPort, r.protocol, r.start, r.action, r.status]),
    ).toEqual([
      [ENI, '10.0.1.5', '10.0.0.220', -1, -1, -1, '-', 'OK'],
      ['eni-1111aaaa2222bbbb3', '10.0.1.5', '203.0.113.5', -1, -1, -1, '-', 'OK'],
    ]);
  });

  it('reads the transit gateway example (tcp-flags but no start/end)', () => {
    const header2 =
      'version interface-id account-id vpc-id subnet-id instance-id srcaddr dstaddr srcport dstport protocol tcp-flags type pkt-srcaddr pkt-dstaddr action log-status';
    const line =
      '3 eni-11111111111111111 123456789010 vpc-abcdefab012345678 subnet-11111111aaaaaaaaa - 10.40.1.175 10.40.2.236 39812 80 6 3 IPv4 10.20.33.164 10.40.2.236 ACCEPT OK';
    expect(parseText(`${header2}\n${line}\n`).rows).toEqual([
      {
        eni: 'eni-11111111111111111',
        src: '10.40.1.175',
        dst: '10.40.2.236',
        srcPort: 39812,
        dstPort: 80,
        protocol: 6,
        packets: 0,
        bytes: 0,
        start: -1,
        end: -1,
        action: 'ACCEPT',
        status: 'OK',
        tcpFlags: 3,
        direction: '-',
        count: 1,
      },
    ]);
  });
});

describe('version 4 (region, az-id, sublocation)', () => {
  it('reads records with and without a sublocation', () => {
    const header = `${V2_HEADER} region az-id sublocation-type sublocation-id`;
    const base = `4 123456789010 ${ENI} 10.0.0.5 10.0.1.7 40000 443 6 10 1000 1700000000 1700000060 ACCEPT OK`;
    const { rows, malformed, parser } = parseText(
      `${header}\n${base} us-east-1 use1-az2 outpost op-0123456789abcdef0\n${base} us-east-1 use1-az4 - -\n`,
    );
    expect(malformed).toEqual([]);
    expect(parser.format.fields.slice(-4)).toEqual(['region', 'az-id', 'sublocation-type', 'sublocation-id']);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ src: '10.0.0.5', dstPort: 443, bytes: 1000, action: 'ACCEPT' });
  });
});

describe('version 5 (flow-direction, traffic-path, pkt-*-aws-service)', () => {
  const header =
    'version srcaddr dstaddr srcport dstport protocol start end type packets bytes account-id vpc-id subnet-id instance-id interface-id region az-id sublocation-type sublocation-id action tcp-flags pkt-srcaddr pkt-dstaddr pkt-src-aws-service pkt-dst-aws-service traffic-path flow-direction log-status';
  const ingress =
    '5 52.95.128.179 10.0.0.71 80 34210 6 1616729292 1616729349 IPv4 14 15044 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 19 52.95.128.179 10.0.0.71 S3 - - ingress OK';
  const egress =
    '5 10.0.0.71 52.95.128.179 34210 80 6 1616729292 1616729349 IPv4 7 471 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 3 10.0.0.71 52.95.128.179 - S3 8 egress OK';

  it('reads the service name / traffic path / flow direction example', () => {
    const { rows, records, malformed, parser } = parseText(`${header}\n${ingress}\n${egress}\n`);
    expect(malformed).toEqual([]);
    expect(parser.format.hasFlowDirection).toBe(true);
    expect(rows).toEqual([
      {
        eni: ENI,
        src: '52.95.128.179',
        dst: '10.0.0.71',
        srcPort: 80,
        dstPort: 34210,
        protocol: 6,
        packets: 14,
        bytes: 15044,
        start: 1616729292,
        end: 1616729349,
        action: 'ACCEPT',
        status: 'OK',
        tcpFlags: 19,
        direction: 'ingress',
        count: 1,
      },
      {
        eni: ENI,
        src: '10.0.0.71',
        dst: '52.95.128.179',
        srcPort: 34210,
        dstPort: 80,
        protocol: 6,
        packets: 7,
        bytes: 471,
        start: 1616729292,
        end: 1616729349,
        action: 'ACCEPT',
        status: 'OK',
        tcpFlags: 3,
        direction: 'egress',
        count: 1,
      },
    ]);
    expect(records.map((r) => r.direction)).toEqual([FlowDirection.Ingress, FlowDirection.Egress]);
  });

  it('reads the same lines with the format given as --log-format instead of a header', () => {
    const format = parseLogFormat(
      header
        .split(' ')
        .map((f) => `\${${f}}`)
        .join(' '),
    );
    expect(format).toBeDefined();
    const viaFormat = parseText(`${ingress}\n${egress}\n`, { ...(format && { format }) });
    expect(viaFormat.malformed).toEqual([]);
    expect(viaFormat.rows).toEqual(parseText(`${header}\n${ingress}\n${egress}\n`).rows);
  });

  it('reports a flow-direction other than ingress, egress or -', () => {
    const { malformed, rows } = parseText(`${header}\n${ingress.replace(' ingress ', ' inbound ')}\n`);
    expect(rows).toEqual([]);
    expect(malformed).toEqual([
      { line: 2, message: "flow-direction: expected ingress, egress or -: 'inbound'" },
    ]);
  });
});

describe('version 7 (ECS) and version 8 (reject-reason)', () => {
  it('reads records with the ten ECS fields, skipping them', () => {
    const ecsFields = [
      'ecs-cluster-arn',
      'ecs-cluster-name',
      'ecs-container-instance-arn',
      'ecs-container-instance-id',
      'ecs-container-id',
      'ecs-second-container-id',
      'ecs-service-name',
      'ecs-task-definition-arn',
      'ecs-task-arn',
      'ecs-task-id',
    ];
    const ecsValues = [
      'arn:aws:ecs:us-east-1:123456789012:cluster/web',
      'web',
      'arn:aws:ecs:us-east-1:123456789012:container-instance/web/0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      '3f2a9c1e5b7d4f60a8c2e4b6d8f0a1c3-1234567890',
      '-',
      'api',
      'arn:aws:ecs:us-east-1:123456789012:task-definition/api:7',
      'arn:aws:ecs:us-east-1:123456789012:task/web/5d7f9b1c3e5a4c6e8f0a2b4d6f8a0c2e',
      '5d7f9b1c3e5a4c6e8f0a2b4d6f8a0c2e',
    ];
    const header = `${V2_HEADER} ${ecsFields.join(' ')}`;
    const line = `7 123456789012 eni-0ecs0000000000001 10.0.3.4 10.0.9.9 8080 5432 6 12 3400 1700000000 1700000060 ACCEPT OK ${ecsValues.join(' ')}`;
    const { rows, malformed, parser } = parseText(`${header}\n${line}\n`);
    expect(malformed).toEqual([]);
    expect(parser.format.fields).toHaveLength(24);
    expect(rows[0]).toMatchObject({
      eni: 'eni-0ecs0000000000001',
      srcPort: 8080,
      dstPort: 5432,
      bytes: 3400,
    });
  });

  it('reads records with reject-reason BPA and -', () => {
    const format = makeFormat([
      'version',
      'interface-id',
      'srcaddr',
      'dstaddr',
      'srcport',
      'dstport',
      'protocol',
      'action',
      'reject-reason',
      'log-status',
    ]);
    const text = `8 ${ENI} 198.51.100.7 10.0.1.5 51234 22 6 REJECT BPA OK\n8 ${ENI} 10.0.1.5 198.51.100.7 22 51234 6 ACCEPT - OK\n`;
    const { rows, malformed } = parseText(text, { format });
    expect(malformed).toEqual([]);
    expect(rows.map((r) => [r.src, r.dstPort, r.action])).toEqual([
      ['198.51.100.7', 22, 'REJECT'],
      ['10.0.1.5', 51234, 'ACCEPT'],
    ]);
  });
});
