/**
 * A rule as the calls send it and the plan prints it: one IpPermission per rule with its one
 * peer and description, ports only where the protocol has them, and what counts as the same rule.
 */
import { describe, expect, it } from 'vitest';
import { ipPermission, protocolText, ruleKey, ruleText, sameRule } from '../../../src/aws/apply/rules.js';
import type { RuleContent } from '../../../src/aws/apply/model.js';

const rule = (over: Partial<RuleContent>): RuleContent => ({
  direction: 'ingress',
  protocol: 'tcp',
  fromPort: 22,
  toPort: 22,
  peer: { cidr: '198.51.100.23/32' },
  ...over,
});

describe('ipPermission', () => {
  it('puts the one peer where EC2 wants it, with the description', () => {
    expect(ipPermission(rule({ description: 'ssh' }))).toEqual({
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      IpRanges: [{ CidrIp: '198.51.100.23/32', Description: 'ssh' }],
    });
    expect(ipPermission(rule({ peer: { cidr: '2001:db8::7/128' } }))).toEqual({
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      Ipv6Ranges: [{ CidrIpv6: '2001:db8::7/128' }],
    });
    expect(ipPermission(rule({ peer: { groupId: 'sg-1' }, description: 'from web' }))).toEqual({
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      UserIdGroupPairs: [{ GroupId: 'sg-1', Description: 'from web' }],
    });
    expect(ipPermission(rule({ peer: { prefixListId: 'pl-1' } }))).toEqual({
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      PrefixListIds: [{ PrefixListId: 'pl-1' }],
    });
  });

  it('sends ports only for TCP, UDP and ICMP', () => {
    expect(ipPermission(rule({ protocol: 'all', fromPort: -1, toPort: -1 }))).toEqual({
      IpProtocol: '-1',
      IpRanges: [{ CidrIp: '198.51.100.23/32' }],
    });
    expect(ipPermission(rule({ protocol: '47', fromPort: -1, toPort: -1 }))).toEqual({
      IpProtocol: '47',
      IpRanges: [{ CidrIp: '198.51.100.23/32' }],
    });
    expect(ipPermission(rule({ protocol: 'icmp', fromPort: 8, toPort: -1 }))).toMatchObject({
      IpProtocol: 'icmp',
      FromPort: 8,
      ToPort: -1,
    });
  });
});

describe('ruleText', () => {
  it('reads like the plan', () => {
    expect(ruleText(rule({}))).toBe('ingress tcp 22 198.51.100.23/32');
    expect(
      ruleText(rule({ direction: 'egress', fromPort: 1024, toPort: 65535, peer: { groupId: 'sg-1' } })),
    ).toBe('egress tcp 1024-65535 sg-1');
    expect(protocolText({ protocol: 'all', fromPort: -1, toPort: -1 })).toBe('all');
    expect(protocolText({ protocol: 'icmp', fromPort: -1, toPort: -1 })).toBe('icmp all types');
    expect(protocolText({ protocol: 'icmp', fromPort: 3, toPort: 4 })).toBe('icmp type 3 code 4');
    expect(protocolText({ protocol: '-1', fromPort: 0, toPort: 0 })).toBe('all');
  });
});

describe('sameRule', () => {
  it('is what EC2 calls a duplicate: descriptions, protocol spelling and unused ports aside', () => {
    expect(sameRule(rule({ description: 'a' }), rule({ description: 'b' }))).toBe(true);
    expect(sameRule(rule({ protocol: '6' }), rule({}))).toBe(true);
    expect(
      sameRule(
        rule({ protocol: 'all', fromPort: 0, toPort: 65535 }),
        rule({ protocol: '-1', fromPort: -1, toPort: -1 }),
      ),
    ).toBe(true);
    expect(
      sameRule(rule({ peer: { cidr: '2001:DB8::7/128' } }), rule({ peer: { cidr: '2001:db8::7/128' } })),
    ).toBe(true);
    expect(sameRule(rule({ direction: 'egress' }), rule({}))).toBe(false);
    expect(sameRule(rule({ toPort: 23 }), rule({}))).toBe(false);
    expect(ruleKey(rule({ peer: { groupId: 'sg-1' } }))).not.toBe(
      ruleKey(rule({ peer: { prefixListId: 'sg-1' } })),
    );
  });
});
