import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FIELDS,
  FIELDS_BY_VERSION,
  FieldSlot,
  formatVersion,
  KNOWN_FIELDS,
  looksLikeHeader,
  makeFormat,
  parseLogFormat,
} from '../../src/sources/format.js';
import { V2_HEADER } from './helpers.js';

describe('field lists', () => {
  it('the default format is the 14 version 2 fields in AWS order', () => {
    expect(DEFAULT_FIELDS).toEqual(V2_HEADER.split(' '));
  });

  it('lists the fields of versions 3, 4, 5, 7 and 8 as the AWS user guide does', () => {
    expect(FIELDS_BY_VERSION[3]).toEqual([
      'vpc-id',
      'subnet-id',
      'instance-id',
      'tcp-flags',
      'type',
      'pkt-srcaddr',
      'pkt-dstaddr',
    ]);
    expect(FIELDS_BY_VERSION[4]).toEqual(['region', 'az-id', 'sublocation-type', 'sublocation-id']);
    expect(FIELDS_BY_VERSION[5]).toEqual([
      'pkt-src-aws-service',
      'pkt-dst-aws-service',
      'flow-direction',
      'traffic-path',
    ]);
    expect(FIELDS_BY_VERSION[7]).toHaveLength(10);
    expect(FIELDS_BY_VERSION[7]).toContain('ecs-second-container-id');
    expect(FIELDS_BY_VERSION[8]).toEqual(['reject-reason']);
    expect(KNOWN_FIELDS).toHaveLength(14 + 7 + 4 + 4 + 10 + 1);
    expect(new Set(KNOWN_FIELDS).size).toBe(KNOWN_FIELDS.length);
  });
});

describe('makeFormat', () => {
  it('gives each field the slot the parser fills, and Skip to the rest', () => {
    const f = makeFormat(['version', 'interface-id', 'srcaddr', 'tcp-flags', 'flow-direction', 'vpc-id']);
    expect([...f.slots]).toEqual([
      FieldSlot.Skip,
      FieldSlot.Interface,
      FieldSlot.SrcAddr,
      FieldSlot.TcpFlags,
      FieldSlot.FlowDirection,
      FieldSlot.Skip,
    ]);
    expect(f.hasTcpFlags).toBe(true);
    expect(f.hasFlowDirection).toBe(true);
  });

  it('turns Parquet underscore names into the hyphenated text names', () => {
    const f = makeFormat(['interface_id', 'log_status', 'pkt_src_aws_service', ' tcp_flags ']);
    expect(f.fields).toEqual(['interface-id', 'log-status', 'pkt-src-aws-service', 'tcp-flags']);
    expect([...f.slots]).toEqual([
      FieldSlot.Interface,
      FieldSlot.LogStatus,
      FieldSlot.Skip,
      FieldSlot.TcpFlags,
    ]);
  });

  it('keeps unknown field names, skipped', () => {
    const f = makeFormat(['future-field', 'srcport']);
    expect(f.fields).toEqual(['future-field', 'srcport']);
    expect([...f.slots]).toEqual([FieldSlot.Skip, FieldSlot.SrcPort]);
    expect(f.hasTcpFlags).toBe(false);
    expect(f.hasFlowDirection).toBe(false);
  });
});

describe('parseLogFormat', () => {
  it('reads a CreateFlowLogs LogFormat string', () => {
    const f = parseLogFormat('${version} ${vpc-id} ${subnet-id} ${tcp-flags} ${flow-direction}');
    expect(f?.fields).toEqual(['version', 'vpc-id', 'subnet-id', 'tcp-flags', 'flow-direction']);
    expect(f?.hasTcpFlags).toBe(true);
  });

  it('reads ${…} names even without spaces between them', () => {
    expect(parseLogFormat('${srcaddr}${dstaddr},${action}')?.fields).toEqual([
      'srcaddr',
      'dstaddr',
      'action',
    ]);
  });

  it('reads plain space- or tab-separated names', () => {
    expect(parseLogFormat('  srcaddr\tdstaddr   action \n')?.fields).toEqual([
      'srcaddr',
      'dstaddr',
      'action',
    ]);
  });

  it('keeps a field name it does not know', () => {
    expect(parseLogFormat('${srcaddr} ${resource-type}')?.fields).toEqual(['srcaddr', 'resource-type']);
  });

  it('returns undefined for text naming no field, or names that are not field names', () => {
    expect(parseLogFormat('')).toBeUndefined();
    expect(parseLogFormat('   ')).toBeUndefined();
    expect(parseLogFormat('${Version} ${srcaddr}')).toBeUndefined();
    expect(parseLogFormat('srcaddr 10.0.0.1')).toBeUndefined();
    expect(parseLogFormat('${} x')).toBeUndefined();
  });
});

describe('looksLikeHeader', () => {
  it('recognizes the default header, a custom header and a Parquet-style one', () => {
    expect(looksLikeHeader(V2_HEADER)).toBe(true);
    expect(looksLikeHeader('instance-id interface-id srcaddr dstaddr pkt-srcaddr pkt-dstaddr\r')).toBe(true);
    expect(looksLikeHeader('interface_id log_status')).toBe(true);
  });

  it('accepts a header with an unknown field as long as one field is known', () => {
    expect(looksLikeHeader('resource-type srcaddr')).toBe(true);
  });

  it('rejects records and lowercase garbage', () => {
    expect(
      looksLikeHeader(
        '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK',
      ),
    ).toBe(false);
    expect(looksLikeHeader('- eni-1235b8ca123456789 10.0.1.5 10.0.0.220 10.0.1.5 203.0.113.5')).toBe(false);
    expect(looksLikeHeader('unknown eni-0a1b2c3d ingress')).toBe(false);
    expect(looksLikeHeader('hello world')).toBe(false);
    expect(looksLikeHeader('')).toBe(false);
  });
});

describe('formatVersion', () => {
  it('is the highest version among the fields', () => {
    expect(formatVersion(makeFormat(DEFAULT_FIELDS))).toBe(2);
    expect(formatVersion(makeFormat(['srcaddr', 'tcp-flags']))).toBe(3);
    expect(formatVersion(makeFormat(['version', 'az-id']))).toBe(4);
    expect(formatVersion(makeFormat(['traffic-path', 'region', 'vpc-id']))).toBe(5);
    expect(formatVersion(makeFormat(['ecs-task-id']))).toBe(7);
    expect(formatVersion(makeFormat(['reject-reason', 'ecs-task-id']))).toBe(8);
    expect(formatVersion(makeFormat(['future-field']))).toBe(2);
  });
});
